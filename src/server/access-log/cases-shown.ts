// The access-log rows of a confidential list: a page of a list discloses every case it shows, once per case
// however many of its items belong to that case.
import type { Kysely } from 'kysely';
import { appendAccessLogMany } from '../access/access-log.repository.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** Who read which list, why, on what basis and when. */
export interface ListRead {
  userId: string;
  /** The list, as the log names it (e.g. `queue`, `court-calendar`). */
  subject: string;
  purpose: string;
  basis: string;
  at: string;
}

/** Writes one read row for each distinct case of `caseIds` (none when the page is empty). */
export async function logCasesShown(
  db: Kysely<DatabaseSchema>,
  caseIds: Iterable<string>,
  read: ListRead,
): Promise<void> {
  await appendAccessLogMany(
    db,
    [...new Set(caseIds)].map((caseId) => ({ ...read, caseId, action: 'read' as const })),
  );
}

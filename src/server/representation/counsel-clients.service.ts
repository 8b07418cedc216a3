// Counsel's clients: the cases counsel currently represents, each with the person and the next hearing. Each case
// shown is a confidential read, written to the access log.
import type { Actor } from '../../domain/actor.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { logCasesShown } from '../access-log/cases-shown.ts';
import type { AppContext } from '../app-context.ts';
import { findNextHearings } from '../court/hearing.repository.ts';
import type { HearingsTable } from '../db/schema.ts';
import { decodeCursor, pageOf, type Page } from '../db/keyset-cursor.ts';
import { findClientsOfCounsel, type ClientRow } from './client.repository.ts';

/** A client's case with its next hearing (null when none is scheduled from now on). */
export interface ClientCase extends ClientRow {
  nextHearing: HearingsTable | null;
}

/** A page of the caller's clients (counsel only). */
export async function listClients(
  app: AppContext,
  viewer: Actor,
  query: { limit: number; cursor?: string; purpose: string },
): Promise<Result<Page<ClientCase>>> {
  if (viewer.role !== 'counsel') return fail('FORBIDDEN', 'Only counsel have clients.');
  const after = decodeCursor(query.cursor, 2);
  if (!after.ok) return after;
  const db = app.database.db;
  const rows = await findClientsOfCounsel(db, {
    counsel: viewer,
    after: after.value && { openedAt: after.value[0]!, id: after.value[1]! },
    limit: query.limit + 1,
  });
  const now = app.now();
  const page = pageOf(
    rows,
    query.limit,
    (r) => [r.openedAt, r.caseId],
    (r) => r,
  );
  const next = await findNextHearings(
    db,
    page.items.map((r) => r.caseId),
    now,
  );
  await logCasesShown(
    db,
    page.items.map((r) => r.caseId),
    {
      userId: viewer.id,
      subject: 'client-list',
      purpose: query.purpose,
      basis: 'counsel-of-record',
      at: now,
    },
  );
  return ok({ ...page, items: page.items.map((r) => ({ ...r, nextHearing: next.get(r.caseId) ?? null })) });
}

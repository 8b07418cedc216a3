// Representation records (G-28 / EOIR-28): the only basis of counsel's access to a case.
import type { Kysely } from 'kysely';
import type { Representation } from '../../domain/court/representation.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { insertChunked } from '../db/insert-chunked.ts';

/** Records a representation. */
export async function insertRepresentation(
  db: Kysely<DatabaseSchema>,
  representation: Representation,
): Promise<void> {
  await insertRepresentations(db, [representation]);
}

/** Does this counsel currently represent the person in this case? */
export async function isRepresentedBy(
  db: Kysely<DatabaseSchema>,
  caseId: string,
  counselId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('representations')
    .select('id')
    .where('case_id', '=', caseId)
    .where('counsel_id', '=', counselId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Ends a current representation (counsel withdrew): from now on it is no basis to see the case. */
export async function endRepresentation(db: Kysely<DatabaseSchema>, id: string, at: string): Promise<void> {
  await db
    .updateTable('representations')
    .set({ ended_at: at })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}

/** Records many representations at once (the bulk seeder). */
export async function insertRepresentations(
  db: Kysely<DatabaseSchema>,
  representations: readonly Representation[],
): Promise<void> {
  await insertChunked(
    db,
    'representations',
    representations.map((r) => ({
      id: r.id,
      case_id: r.caseId,
      counsel_id: r.counselId,
      form: r.form,
      filed_at: r.filedAt,
      ended_at: r.endedAt,
      notice_id: r.noticeId ?? null,
    })),
  );
}

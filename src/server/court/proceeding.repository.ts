// Proceedings, with their hearings and applications inside the document.
import type { Kysely } from 'kysely';
import type { Proceeding } from '../../domain/court/proceeding.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { assertUpdated, readData, type Versioned } from '../db/versioned.ts';
import { insertChunked } from '../db/insert-chunked.ts';

/** Inserts a new proceeding at version 1. */
export async function insertProceeding(
  db: Kysely<DatabaseSchema>,
  p: Proceeding,
  now: string,
): Promise<void> {
  await insertProceedings(db, [{ state: p, version: 1, updatedAt: now }]);
}

/** The proceeding with this id, or nothing. */
export async function findProceeding(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<Versioned<Proceeding> | undefined> {
  const row = await db
    .selectFrom('proceedings')
    .select(['data', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? readData<Proceeding>(row) : undefined;
}

/** Writes a changed proceeding, if it is still at the version that was read. */
export async function updateProceeding(
  db: Kysely<DatabaseSchema>,
  p: Proceeding,
  version: number,
  now: string,
): Promise<void> {
  const result = await db
    .updateTable('proceedings')
    .set({ status: p.status, court: p.court, data: JSON.stringify(p), version: version + 1, updated_at: now })
    .where('id', '=', p.id)
    .where('version', '=', version)
    .executeTakeFirst();
  assertUpdated(result, 'proceeding');
}

/** Every proceeding of a case, oldest first. */
export async function findProceedingsOfCase(
  db: Kysely<DatabaseSchema>,
  caseId: string,
): Promise<Proceeding[]> {
  const rows = await db
    .selectFrom('proceedings')
    .select(['data', 'version'])
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => readData<Proceeding>(r).state).sort((a, b) => a.openedAt.localeCompare(b.openedAt));
}

/** Inserts many proceedings at once (the bulk seeder), each at the version and update time its history gave it. */
export async function insertProceedings(
  db: Kysely<DatabaseSchema>,
  proceedings: readonly { state: Proceeding; version: number; updatedAt: string }[],
): Promise<void> {
  await insertChunked(
    db,
    'proceedings',
    proceedings.map(({ state: p, version, updatedAt }) => ({
      id: p.id,
      case_id: p.caseId,
      status: p.status,
      court: p.court,
      data: JSON.stringify(p),
      version,
      updated_at: updatedAt,
    })),
  );
}

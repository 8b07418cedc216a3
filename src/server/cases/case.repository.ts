// Cases: the record as a JSON document beside the columns that queues and access checks query.
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../domain/cases/case.ts';
import { courtNamedByNta } from '../../domain/court/court-code.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { assertUpdated, readData, type Versioned } from '../db/versioned.ts';
import { insertChunked } from '../db/insert-chunked.ts';

/** Inserts a new case at version 1. */
export async function insertCase(db: Kysely<DatabaseSchema>, record: CaseRecord, at: string): Promise<void> {
  await insertCases(db, [{ state: record, version: 1, updatedAt: at }]);
}

/** The case with this id, or nothing. */
export async function findCase(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<Versioned<CaseRecord> | undefined> {
  const row = await db
    .selectFrom('cases')
    .select(['data', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? readData<CaseRecord>(row) : undefined;
}

/** Writes a changed case, if it is still at the version that was read. */
export async function updateCase(
  db: Kysely<DatabaseSchema>,
  record: CaseRecord,
  version: number,
  at: string,
): Promise<void> {
  const result = await db
    .updateTable('cases')
    .set({
      status: record.status,
      track: record.track,
      nta_court: courtNamedByNta(record),
      office: record.office,
      data: JSON.stringify(record),
      version: version + 1,
      updated_at: at,
    })
    .where('id', '=', record.id)
    .where('version', '=', version)
    .executeTakeFirst();
  assertUpdated(result, 'case');
}

/** The cases of a person, oldest first. */
export async function findCasesOfPerson(db: Kysely<DatabaseSchema>, personId: string): Promise<CaseRecord[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['data', 'version'])
    .where('person_id', '=', personId)
    .orderBy('opened_at')
    .execute();
  return rows.map((r) => readData<CaseRecord>(r).state);
}

/** Does the store hold any synthetic case (the demo or a seeded data set)? */
export async function hasSyntheticCases(db: Kysely<DatabaseSchema>): Promise<boolean> {
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('data', 'like', '%"isSynthetic":true%')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Inserts many cases at once (the bulk seeder), each at the version and update time its history gave it. */
export async function insertCases(
  db: Kysely<DatabaseSchema>,
  cases: readonly { state: CaseRecord; version: number; updatedAt: string }[],
): Promise<void> {
  await insertChunked(
    db,
    'cases',
    cases.map(({ state: record, version, updatedAt }) => ({
      id: record.id,
      person_id: record.personId,
      track: record.track,
      status: record.status,
      office: record.office,
      opened_at: record.encounter.at,
      nta_court: courtNamedByNta(record),
      data: JSON.stringify(record),
      version,
      updated_at: updatedAt,
    })),
  );
}

/** How many cases the store holds. */
export async function countCases(db: Kysely<DatabaseSchema>): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select(db.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks a case changed without changing its document (a record beside it, such as a representation, changed). */
export async function touchCase(db: Kysely<DatabaseSchema>, caseId: string, at: string): Promise<void> {
  await db.updateTable('cases').set({ updated_at: at }).where('id', '=', caseId).execute();
}

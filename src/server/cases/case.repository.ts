// Cases: the record as a JSON document beside the columns that queues and access checks query.
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../domain/cases/case.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { assertUpdated, readData, type Versioned } from '../db/versioned.ts';

/** Inserts a new case at version 1. */
export async function insertCase(db: Kysely<DatabaseSchema>, record: CaseRecord, at: string): Promise<void> {
  await db
    .insertInto('cases')
    .values({ id: record.id, person_id: record.personId, track: record.track, status: record.status, office: record.office, opened_at: record.encounter.at, data: JSON.stringify(record), version: 1, updated_at: at })
    .execute();
}

/** The case with this id, or nothing. */
export async function findCase(db: Kysely<DatabaseSchema>, id: string): Promise<Versioned<CaseRecord> | undefined> {
  const row = await db.selectFrom('cases').select(['data', 'version']).where('id', '=', id).executeTakeFirst();
  return row ? readData<CaseRecord>(row) : undefined;
}

/** Writes a changed case, if it is still at the version that was read. */
export async function updateCase(db: Kysely<DatabaseSchema>, record: CaseRecord, version: number, at: string): Promise<void> {
  const result = await db
    .updateTable('cases')
    .set({ status: record.status, track: record.track, data: JSON.stringify(record), version: version + 1, updated_at: at })
    .where('id', '=', record.id)
    .where('version', '=', version)
    .executeTakeFirst();
  assertUpdated(result, 'case');
}

/** The cases of a person, oldest first. */
export async function findCasesOfPerson(db: Kysely<DatabaseSchema>, personId: string): Promise<CaseRecord[]> {
  const rows = await db.selectFrom('cases').select(['data', 'version']).where('person_id', '=', personId).orderBy('opened_at').execute();
  return rows.map((r) => readData<CaseRecord>(r).state);
}

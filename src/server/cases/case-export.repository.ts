// Bulk reads for exporting operational cases to the analytical model: pages of cases with everything the model needs.
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import type { Proceeding } from '../../domain/court/proceeding.ts';
import type { Screening } from '../../domain/screenings/screening.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** A case with the records its model row is computed from. */
export interface CaseBundle {
  record: CaseRecord;
  person: Person | undefined;
  proceedings: Proceeding[];
  screenings: Screening[];
  isRepresented: boolean;
}

const group = <T extends { caseId: string }>(items: T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.caseId, [...(map.get(item.caseId) ?? []), item]);
  return map;
};

/** The bundles of the given cases (one query per table, not per case). */
export async function loadCaseBundles(
  db: Kysely<DatabaseSchema>,
  caseIds: readonly string[],
): Promise<CaseBundle[]> {
  if (caseIds.length === 0) return [];
  const ids = [...caseIds];
  const [cases, proceedings, screenings, reps] = await Promise.all([
    db.selectFrom('cases').select('data').where('id', 'in', ids).execute(),
    db.selectFrom('proceedings').select('data').where('case_id', 'in', ids).execute(),
    db.selectFrom('screenings').select('data').where('case_id', 'in', ids).execute(),
    db.selectFrom('representations').select('case_id').where('case_id', 'in', ids).execute(),
  ]);
  const records = cases.map((r) => JSON.parse(r.data) as CaseRecord);
  const personIds = [...new Set(records.map((r) => r.personId))];
  const persons =
    personIds.length === 0
      ? []
      : await db.selectFrom('persons').select('data').where('id', 'in', personIds).execute();
  const personById = new Map(persons.map((r) => JSON.parse(r.data) as Person).map((p) => [p.id, p]));
  const proceedingsByCase = group(proceedings.map((r) => JSON.parse(r.data) as Proceeding));
  const screeningsByCase = group(screenings.map((r) => JSON.parse(r.data) as Screening));
  const represented = new Set(reps.map((r) => r.case_id));
  return records.map((record) => ({
    record,
    person: personById.get(record.personId),
    proceedings: proceedingsByCase.get(record.id) ?? [],
    screenings: screeningsByCase.get(record.id) ?? [],
    isRepresented: represented.has(record.id),
  }));
}

/** Case ids in id order after `afterId`, a page at a time (for a full export). */
export async function findCaseIdPage(
  db: Kysely<DatabaseSchema>,
  afterId: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Ids of cases whose case, screening or proceeding rows changed after `since` (an ISO instant; a new
 * representation touches its case). */
export async function findCaseIdsChangedSince(db: Kysely<DatabaseSchema>, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('id as case_id')
    .where('updated_at', '>', since)
    .union(db.selectFrom('screenings').select('case_id').where('updated_at', '>', since))
    .union(db.selectFrom('proceedings').select('case_id').where('updated_at', '>', since))
    .execute();
  return rows.map((r) => r.case_id);
}

/** The latest change instant across the exported tables (the refresh watermark). */
export async function findLatestChange(db: Kysely<DatabaseSchema>): Promise<string | null> {
  const rows = await Promise.all([
    db
      .selectFrom('cases')
      .select((eb) => eb.fn.max('updated_at').as('at'))
      .executeTakeFirst(),
    db
      .selectFrom('screenings')
      .select((eb) => eb.fn.max('updated_at').as('at'))
      .executeTakeFirst(),
    db
      .selectFrom('proceedings')
      .select((eb) => eb.fn.max('updated_at').as('at'))
      .executeTakeFirst(),
  ]);
  return (
    rows
      .map((r) => r?.at ?? null)
      .filter((v): v is string => v !== null)
      .sort()
      .at(-1) ?? null
  );
}

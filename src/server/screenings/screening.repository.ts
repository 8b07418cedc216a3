// Screenings: the record as a JSON document, with status, owner and next due date as columns for the queues.
import type { Kysely } from 'kysely';
import { nextScreeningDueAt } from '../../domain/deadlines/deadlines.ts';
import { UNSERVED_SCREENING_STATUSES, type Screening } from '../../domain/screenings/screening.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { assertUpdated, readData, type Versioned } from '../db/versioned.ts';
import { insertChunked } from '../db/insert-chunked.ts';

const columns = (s: Screening, now: string) => ({
  status: s.status,
  officer_id: s.officerId,
  ij_court: s.ijReview.court ?? null,
  due_at: nextScreeningDueAt(s, now),
  data: JSON.stringify(s),
  updated_at: now,
});

/** Inserts a new screening at version 1. */
export async function insertScreening(db: Kysely<DatabaseSchema>, s: Screening, now: string): Promise<void> {
  await insertScreenings(db, [{ state: s, version: 1, updatedAt: now }]);
}

/** The screening with this id, or nothing. */
export async function findScreening(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<Versioned<Screening> | undefined> {
  const row = await db
    .selectFrom('screenings')
    .select(['data', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? readData<Screening>(row) : undefined;
}

/** Writes a changed screening, if it is still at the version that was read. */
export async function updateScreening(
  db: Kysely<DatabaseSchema>,
  s: Screening,
  version: number,
  now: string,
): Promise<void> {
  const result = await db
    .updateTable('screenings')
    .set({ ...columns(s, now), version: version + 1 })
    .where('id', '=', s.id)
    .where('version', '=', version)
    .executeTakeFirst();
  assertUpdated(result, 'screening');
}

/** Every screening of a case, in referral order. */
export async function findScreeningsOfCase(db: Kysely<DatabaseSchema>, caseId: string): Promise<Screening[]> {
  const rows = await db
    .selectFrom('screenings')
    .select(['data', 'version'])
    .where('case_id', '=', caseId)
    .orderBy('referred_at')
    .execute();
  return rows.map((r) => readData<Screening>(r).state);
}

/** Is any screening of this case still short of a served (or final) determination? */
export async function hasOpenScreening(db: Kysely<DatabaseSchema>, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('screenings')
    .select('id')
    .where('case_id', '=', caseId)
    .where('status', 'in', [...UNSERVED_SCREENING_STATUSES])
    .executeTakeFirst();
  return row !== undefined;
}

/** A queue: an office's screenings in the given statuses, unassigned first or by officer, soonest due first. */
export async function findScreeningQueue(
  db: Kysely<DatabaseSchema>,
  filter: {
    office?: string;
    officerId?: string | null;
    statuses?: readonly string[];
    dueBefore?: string;
    limit?: number;
  },
): Promise<Screening[]> {
  let query = db.selectFrom('screenings').select(['data', 'version']);
  if (filter.office !== undefined) query = query.where('office', '=', filter.office);
  if (filter.officerId === null) query = query.where('officer_id', 'is', null);
  else if (filter.officerId !== undefined) query = query.where('officer_id', '=', filter.officerId);
  if (filter.statuses) query = query.where('status', 'in', [...filter.statuses]);
  if (filter.dueBefore !== undefined)
    query = query.where('due_at', 'is not', null).where('due_at', '<=', filter.dueBefore);
  const rows = await query
    .orderBy('due_at')
    .orderBy('referred_at')
    .limit(filter.limit ?? 500)
    .execute();
  return rows.map((r) => readData<Screening>(r).state);
}

/** Inserts many screenings at once (the bulk seeder), each at the version and update time its history gave it. */
export async function insertScreenings(
  db: Kysely<DatabaseSchema>,
  screenings: readonly { state: Screening; version: number; updatedAt: string }[],
): Promise<void> {
  await insertChunked(
    db,
    'screenings',
    screenings.map(({ state: s, version, updatedAt }) => ({
      id: s.id,
      case_id: s.caseId,
      kind: s.kind,
      office: s.office,
      referred_at: s.referredAt,
      version,
      ...columns(s, updatedAt),
    })),
  );
}

// Screenings: the record as a JSON document, with status, office, owner and next due date as columns for the queues.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { nextScreeningDueAt } from '../../domain/deadlines/deadlines.ts';
import { UNSERVED_SCREENING_STATUSES, type Screening } from '../../domain/screenings/screening.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { assertUpdated, readData, type Versioned } from '../db/versioned.ts';
import { insertChunked } from '../db/insert-chunked.ts';

const columns = (s: Screening, now: string) => ({
  status: s.status,
  office: s.office,
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
  return (await findVersionedScreeningsOfCase(db, caseId)).map((v) => v.state);
}

/** Every screening of a case with the version it was read at (to change some of them), in referral order. */
export async function findVersionedScreeningsOfCase(
  db: Kysely<DatabaseSchema>,
  caseId: string,
): Promise<Versioned<Screening>[]> {
  const rows = await db
    .selectFrom('screenings')
    .select(['data', 'version'])
    .where('case_id', '=', caseId)
    .orderBy('referred_at')
    .execute();
  return rows.map((r) => readData<Screening>(r));
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

/** The screenings assigned to an officer in the given statuses, in referral order. */
export async function findScreeningsOfOfficer(
  db: Kysely<DatabaseSchema>,
  officerId: string,
  statuses: readonly string[],
): Promise<Versioned<Screening>[]> {
  const rows = await db
    .selectFrom('screenings')
    .select(['data', 'version'])
    .where('officer_id', '=', officerId)
    .where('status', 'in', [...statuses])
    .orderBy('referred_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => readData<Screening>(r));
}

/** The screenings with these ids (those that exist). */
export async function findScreeningsByIds(
  db: Kysely<DatabaseSchema>,
  ids: readonly string[],
): Promise<Screening[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('screenings')
    .select(['data', 'version'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => readData<Screening>(r).state);
}

// Queues sort by the next time limit, soonest first; a screening with none sorts after every one that has one.
const NO_DUE_DATE = '9999-12-31T23:59:59.999Z';
const dueKey = (eb: ExpressionBuilder<DatabaseSchema, 'screenings'>) =>
  eb.fn.coalesce('screenings.due_at', sql.lit(NO_DUE_DATE));

/** Which screenings a queue page holds: the filters, and the sort key of the last row of the previous page. */
export interface QueuePageFilter {
  office?: string;
  /** One officer's screenings; null for the unassigned, undefined for any. */
  officerId?: string | null;
  /** Only screenings someone is assigned to. */
  isAssigned?: boolean;
  statuses?: readonly string[];
  /** Only screenings whose next time limit falls on or after `dueFrom`, on or before `dueThrough`, before
   * `dueBefore` (each bound left out when not given). */
  dueFrom?: string;
  dueThrough?: string;
  dueBefore?: string;
  after?: QueueKey;
  limit: number;
}

/** The sort key of a queue row: next time limit (or none), referral, id. */
export type QueueKey = [dueKey: string, referredAt: string, id: string];

/** The queue key of a screening as its row stores it. */
export const queueKeyOf = (s: Screening, dueAt: string | null): QueueKey => [
  dueAt ?? NO_DUE_DATE,
  s.referredAt,
  s.id,
];

/** A screening in a queue: the record, its stored next due date, and its officer's name. */
export interface QueueRow {
  screening: Screening;
  dueAt: string | null;
  officerName: string | null;
}

/** One page of a queue, soonest due first. */
export async function findQueuePage(
  db: Kysely<DatabaseSchema>,
  filter: QueuePageFilter,
): Promise<QueueRow[]> {
  let query = db
    .selectFrom('screenings')
    .leftJoin('users', 'users.id', 'screenings.officer_id')
    .select(['screenings.data', 'screenings.version', 'screenings.due_at', 'users.name as officer_name']);
  if (filter.office !== undefined) query = query.where('screenings.office', '=', filter.office);
  if (filter.officerId === null) query = query.where('screenings.officer_id', 'is', null);
  else if (filter.officerId !== undefined)
    query = query.where('screenings.officer_id', '=', filter.officerId);
  if (filter.isAssigned) query = query.where('screenings.officer_id', 'is not', null);
  if (filter.statuses) query = query.where('screenings.status', 'in', [...filter.statuses]);
  if (filter.dueFrom !== undefined || filter.dueThrough !== undefined || filter.dueBefore !== undefined)
    query = query.where('screenings.due_at', 'is not', null);
  if (filter.dueFrom !== undefined) query = query.where('screenings.due_at', '>=', filter.dueFrom);
  if (filter.dueThrough !== undefined) query = query.where('screenings.due_at', '<=', filter.dueThrough);
  if (filter.dueBefore !== undefined) query = query.where('screenings.due_at', '<', filter.dueBefore);
  const after = filter.after;
  if (after) {
    const [due, referredAt, id] = after;
    query = query.where((eb) =>
      eb.or([
        eb(dueKey(eb), '>', due),
        eb.and([eb(dueKey(eb), '=', due), eb('screenings.referred_at', '>', referredAt)]),
        eb.and([
          eb(dueKey(eb), '=', due),
          eb('screenings.referred_at', '=', referredAt),
          eb('screenings.id', '>', id),
        ]),
      ]),
    );
  }
  const rows = await query
    .orderBy(dueKey)
    .orderBy('screenings.referred_at')
    .orderBy('screenings.id')
    .limit(filter.limit)
    .execute();
  return rows.map((r) => ({
    screening: readData<Screening>(r).state,
    dueAt: r.due_at,
    officerName: r.officer_name,
  }));
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
      referred_at: s.referredAt,
      version,
      ...columns(s, updatedAt),
    })),
  );
}

// Consistency flags as stored: raised once per (case, kind, subject), open until a supervisor clears them.
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../domain/cases/case.ts';
import type { FlagKind } from '../../domain/flags/consistency-flags.ts';
import type { ConsistencyFlag } from '../../domain/flags/flag.transitions.ts';
import type { FlagsTable, DatabaseSchema } from '../db/schema.ts';
import { insertChunked } from '../db/insert-chunked.ts';

const toFlag = (row: FlagsTable): ConsistencyFlag => {
  const data = JSON.parse(row.data) as { reason: string; decision?: string };
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind as FlagKind,
    subjectId: row.subject_id,
    status: row.status as ConsistencyFlag['status'],
    reason: data.reason,
    raisedAt: row.raised_at,
    clearedAt: row.cleared_at,
    clearedBy: row.cleared_by,
    decision: data.decision ?? null,
  };
};

/** Every flag ever raised on a case (open and cleared). */
export async function findFlagsOfCase(
  db: Kysely<DatabaseSchema>,
  caseId: string,
): Promise<ConsistencyFlag[]> {
  return (
    await db.selectFrom('flags').selectAll().where('case_id', '=', caseId).orderBy('raised_at').execute()
  ).map(toFlag);
}

/** A flag by id, or nothing. */
export async function findFlag(db: Kysely<DatabaseSchema>, id: string): Promise<ConsistencyFlag | undefined> {
  const row = await db.selectFrom('flags').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toFlag(row) : undefined;
}

/** Stores a cleared flag (only while it is still open in the store). */
export async function updateFlagCleared(db: Kysely<DatabaseSchema>, flag: ConsistencyFlag): Promise<void> {
  await db
    .updateTable('flags')
    .set({
      status: flag.status,
      cleared_at: flag.clearedAt,
      cleared_by: flag.clearedBy,
      data: flagData(flag),
    })
    .where('id', '=', flag.id)
    .where('status', '=', 'open')
    .execute();
}

/** How many open flags each of these cases has (cases without one are left out). */
export async function countOpenFlagsByCase(
  db: Kysely<DatabaseSchema>,
  caseIds: readonly string[],
): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('flags')
    .select(['case_id', db.fn.countAll<number | string>().as('count')])
    .where('case_id', 'in', [...new Set(caseIds)])
    .where('status', '=', 'open')
    .groupBy('case_id')
    .execute();
  return new Map(rows.map((r) => [r.case_id, Number(r.count)]));
}

/** A page of the open flags on the cases an office holds, oldest first, after the given (raised at, id) key, each with
 * its case as stored. */
export async function findOpenFlagsPage(
  db: Kysely<DatabaseSchema>,
  filter: { office: string; after?: [raisedAt: string, id: string]; limit: number },
): Promise<Array<{ flag: ConsistencyFlag; record: CaseRecord }>> {
  let query = db
    .selectFrom('flags')
    .innerJoin('cases', 'cases.id', 'flags.case_id')
    .selectAll('flags')
    .select('cases.data as case_data')
    .where('flags.status', '=', 'open')
    .where('cases.office', '=', filter.office);
  const after = filter.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('flags.raised_at', '>', after[0]),
        eb.and([eb('flags.raised_at', '=', after[0]), eb('flags.id', '>', after[1])]),
      ]),
    );
  const rows = await query.orderBy('flags.raised_at').orderBy('flags.id').limit(filter.limit).execute();
  return rows.map(({ case_data, ...row }) => ({
    flag: toFlag(row),
    record: JSON.parse(case_data) as CaseRecord,
  }));
}

/** Flags counted by kind and status (aggregate only). */
export async function countFlags(
  db: Kysely<DatabaseSchema>,
): Promise<Array<{ kind: string; status: string; count: number }>> {
  const rows = await db
    .selectFrom('flags')
    .select(['kind', 'status', db.fn.countAll<number>().as('count')])
    .groupBy(['kind', 'status'])
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.count) }));
}

/** Inserts flags, open or already cleared (the bulk seeder inserts many at once). */
export async function insertFlags(
  db: Kysely<DatabaseSchema>,
  flags: readonly ConsistencyFlag[],
): Promise<void> {
  await insertChunked(
    db,
    'flags',
    flags.map((f) => ({
      id: f.id,
      case_id: f.caseId,
      kind: f.kind,
      subject_id: f.subjectId,
      status: f.status,
      raised_at: f.raisedAt,
      cleared_at: f.clearedAt,
      cleared_by: f.clearedBy,
      data: flagData(f),
    })),
  );
}

// The reason, and once cleared the decision: free text kept out of the queried columns.
const flagData = (f: ConsistencyFlag): string =>
  JSON.stringify(f.decision === null ? { reason: f.reason } : { reason: f.reason, decision: f.decision });

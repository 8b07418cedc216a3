// Conscientious objections: an officer's standing refusal of a category, or the decline of one screening.
import type { Kysely } from 'kysely';
import type { Objection } from '../../domain/objections/objection.ts';
import type { DatabaseSchema, ObjectionsTable } from '../db/schema.ts';
import { insertChunked } from '../db/insert-chunked.ts';

const toRow = (o: Objection): ObjectionsTable => ({
  id: o.id,
  officer_id: o.officerId,
  category: o.category,
  screening_id: o.screeningId,
  reason: o.reason,
  created_at: o.createdAt,
  withdrawn_at: o.withdrawnAt,
});

const toObjection = (row: ObjectionsTable): Objection => ({
  id: row.id,
  officerId: row.officer_id,
  category: row.category as Objection['category'],
  screeningId: row.screening_id,
  reason: row.reason,
  createdAt: row.created_at,
  withdrawnAt: row.withdrawn_at,
});

/** Records an objection. */
export async function insertObjection(db: Kysely<DatabaseSchema>, objection: Objection): Promise<void> {
  await insertObjections(db, [objection]);
}

/** The categories an officer has declined and not withdrawn. */
export async function findDeclinedCategories(
  db: Kysely<DatabaseSchema>,
  officerId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('objections')
    .select('category')
    .where('officer_id', '=', officerId)
    .where('category', 'is not', null)
    .where('withdrawn_at', 'is', null)
    .execute();
  return rows.map((r) => r.category!).filter((c) => c.length > 0);
}

/** An objection by id, or nothing. */
export async function findObjection(db: Kysely<DatabaseSchema>, id: string): Promise<Objection | undefined> {
  const row = await db.selectFrom('objections').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toObjection(row) : undefined;
}

/** Stores the withdrawal of a standing objection. */
export async function updateObjectionWithdrawn(
  db: Kysely<DatabaseSchema>,
  objection: Objection,
): Promise<void> {
  await db
    .updateTable('objections')
    .set({ withdrawn_at: objection.withdrawnAt })
    .where('id', '=', objection.id)
    .execute();
}

/** A page of one officer's objections, newest first, after the given (created at, id) key. */
export async function findObjectionsOfOfficer(
  db: Kysely<DatabaseSchema>,
  filter: { officerId: string; after?: [createdAt: string, id: string]; limit: number },
): Promise<Objection[]> {
  let query = db.selectFrom('objections').selectAll().where('officer_id', '=', filter.officerId);
  const after = filter.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after[0]),
        eb.and([eb('created_at', '=', after[0]), eb('id', '<', after[1])]),
      ]),
    );
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map(toObjection);
}

/** An objection of an office's officer, with the office's own view of the screening it declined (if any). */
export interface OfficeObjection {
  objection: Objection;
  officerName: string;
  /** The case of the declined screening while the office still holds the screening; null otherwise. */
  caseId: string | null;
}

/** A page of the objections of an office's officers, newest first, after the given (created at, id) key. The declined
 * screening's case is given only while that screening is still the office's (a transferred one is not). */
export async function findObjectionsOfOffice(
  db: Kysely<DatabaseSchema>,
  filter: { office: string; after?: [createdAt: string, id: string]; limit: number },
): Promise<OfficeObjection[]> {
  let query = db
    .selectFrom('objections as o')
    .innerJoin('users as u', 'u.id', 'o.officer_id')
    .leftJoin('screenings as s', (join) =>
      join.onRef('s.id', '=', 'o.screening_id').on('s.office', '=', filter.office),
    )
    .selectAll('o')
    .select(['u.name as officer_name', 's.case_id as screening_case_id'])
    .where('u.office', '=', filter.office);
  const after = filter.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('o.created_at', '<', after[0]),
        eb.and([eb('o.created_at', '=', after[0]), eb('o.id', '<', after[1])]),
      ]),
    );
  const rows = await query
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((r) => ({
    objection: toObjection(r),
    officerName: r.officer_name,
    caseId: r.screening_case_id,
  }));
}

/** Declines counted by category, and how many officers made them (the staffing figure the agency did not publish). */
export async function countObjections(
  db: Kysely<DatabaseSchema>,
): Promise<Array<{ category: string; declines: number; officers: number }>> {
  const rows = await db
    .selectFrom('objections')
    .select((eb) => [
      eb.fn.coalesce('category', eb.val('single screening')).as('category'),
      eb.fn.countAll<number>().as('declines'),
      eb.fn.count<number>('officer_id').distinct().as('officers'),
    ])
    .groupBy('category')
    .execute();
  return rows.map((r) => ({
    category: String(r.category),
    declines: Number(r.declines),
    officers: Number(r.officers),
  }));
}

/** Records many objections at once (the bulk seeder). */
export async function insertObjections(
  db: Kysely<DatabaseSchema>,
  objections: readonly Objection[],
): Promise<void> {
  await insertChunked(db, 'objections', objections.map(toRow));
}

/** Which of these officers hold a standing objection to this category, not withdrawn. */
export async function findOfficersDecliningCategory(
  db: Kysely<DatabaseSchema>,
  officerIds: readonly string[],
  category: string,
): Promise<Set<string>> {
  if (officerIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('objections')
    .select('officer_id')
    .where('officer_id', 'in', officerIds)
    .where('category', '=', category)
    .where('withdrawn_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.officer_id));
}

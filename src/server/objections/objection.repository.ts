// Conscientious objections: an officer's standing refusal of a category, or the decline of one screening.
import type { Kysely } from 'kysely';
import type { DatabaseSchema, ObjectionsTable } from '../db/schema.ts';
import { insertChunked } from '../db/insert-chunked.ts';

/** Records an objection. */
export async function insertObjection(db: Kysely<DatabaseSchema>, objection: ObjectionsTable): Promise<void> {
  await db.insertInto('objections').values(objection).execute();
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
export const findObjection = (db: Kysely<DatabaseSchema>, id: string): Promise<ObjectionsTable | undefined> =>
  db.selectFrom('objections').selectAll().where('id', '=', id).executeTakeFirst();

/** Withdraws a standing objection. */
export async function withdrawObjection(db: Kysely<DatabaseSchema>, id: string, at: string): Promise<void> {
  await db.updateTable('objections').set({ withdrawn_at: at }).where('id', '=', id).execute();
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
  rows: readonly ObjectionsTable[],
): Promise<void> {
  await insertChunked(db, 'objections', rows);
}

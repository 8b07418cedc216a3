// Facts about the store itself, one value per key, kept in the store so that every node and every backup sees them.
// The first: whether this is a demo store, one that holds accounts with the published demo password.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** The key of the demo-store mark. Migration 0002 writes it too, for stores made before the mark existed. */
export const DEMO_STORE_KEY = 'demo_store';

/** Its value: why the store is a demo store. */
export const DEMO_STORE_VALUE = 'holds accounts with the published demo password';

/** Is this a demo store? */
export async function isDemoStore(db: Kysely<DatabaseSchema>): Promise<boolean> {
  const row = await db
    .selectFrom('store_settings')
    .select('value')
    .where('key', '=', DEMO_STORE_KEY)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks the store as a demo store; call it in the transaction that creates a demo-password account. Once marked,
 * a store stays a demo store: nothing unmarks it. */
export async function markDemoStore(db: Kysely<DatabaseSchema>, at: string): Promise<void> {
  await db
    .insertInto('store_settings')
    .values({ key: DEMO_STORE_KEY, value: DEMO_STORE_VALUE, updated_at: at })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
}

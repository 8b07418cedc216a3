// The store's own settings (store_settings: key, value, when set), first used to mark a demo store. A store made
// before the mark existed is marked here when one of its accounts has the published demo password.
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR_ID } from '../../../domain/ledger/ledger-event.ts';
import { DEMO_STORE_KEY, DEMO_STORE_VALUE } from '../../settings/store-settings.repository.ts';
import { DEMO_PASSWORD } from '../../users/demo-password.ts';
import { verifyPassword } from '../../users/password.ts';

interface Tables {
  users: { id: string; password_hash: string };
  store_settings: { key: string; value: string; updated_at: string };
}

/** Creates store_settings and marks an existing demo store. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('store_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One password check per account (a few hundredths of a second each), once, when the store is upgraded.
  const tables = db as Kysely<Tables>;
  const users = await tables
    .selectFrom('users')
    .select('password_hash')
    .where('id', '!=', SYSTEM_ACTOR_ID)
    .execute();
  let hasDemoPassword = false;
  for (const user of users)
    if ((await verifyPassword(DEMO_PASSWORD, user.password_hash)).matches) hasDemoPassword = true;
  if (hasDemoPassword) {
    await tables
      .insertInto('store_settings')
      .values({ key: DEMO_STORE_KEY, value: DEMO_STORE_VALUE, updated_at: new Date().toISOString() })
      .execute();
  }
}

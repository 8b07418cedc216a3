// The demo-store mark on each dialect: absent on a new store, set once (idempotent), and, for a store made before the
// mark existed, set by migration 0002 when an account has the published demo password.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import { createAppContext } from '../app-context.ts';
import { up as upStoreSettings } from '../db/migrations/0002-store-settings.ts';
import { DEMO_PASSWORD } from '../users/demo-password.ts';
import { createUser } from '../users/user.service.ts';
import { isDemoStore, markDemoStore } from './store-settings.repository.ts';

describeEachDialect('store settings', (store) => {
  it('has no demo mark on a new store; marking twice keeps one row', async () => {
    const { db } = store().database;
    expect(await isDemoStore(db)).toBe(false);
    await markDemoStore(db, '2020-01-01T00:00:00.000Z');
    await markDemoStore(db, '2021-01-01T00:00:00.000Z');
    expect(await isDemoStore(db)).toBe(true);
    expect(await db.selectFrom('store_settings').select(['key', 'updated_at']).execute()).toEqual([
      { key: 'demo_store', updated_at: '2020-01-01T00:00:00.000Z' },
    ]);
  });
});

describeEachDialect('migration 0002 on a store made before it', (store) => {
  it('marks the store when an account has the published demo password, and only then', async () => {
    const { dataDir, databaseUrl } = store();
    const app = await createAppContext({ dataDir, databaseUrl });
    const ordinary = { role: 'analyst', office: null };
    await createUser(app, SYSTEM_ACTOR_ID, {
      ...ordinary,
      name: 'analyst1',
      password: 'an-ordinary-password',
    });
    // Back to the schema before 0002 (no settings table), then 0002's upgrade run on it as the migrator runs it.
    // (Later migrations have run, so the migrator itself would refuse to run 0002 again out of order.)
    const downgrade = async (): Promise<void> => {
      await app.database.db.schema.dropTable('store_settings').execute();
    };
    const upgradedIsDemo = async (): Promise<boolean> => {
      await app.database.db
        .transaction()
        .execute((trx) => upStoreSettings(trx as unknown as Kysely<unknown>));
      return isDemoStore(app.database.db);
    };
    await downgrade();
    expect(await upgradedIsDemo()).toBe(false);
    await createUser(
      app,
      SYSTEM_ACTOR_ID,
      { ...ordinary, name: 'analyst2', password: DEMO_PASSWORD },
      {
        allowDemoPassword: true,
      },
    );
    await downgrade();
    expect(await upgradedIsDemo()).toBe(true);
    await app.database.close();
  });
});

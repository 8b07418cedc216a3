// Creating accounts, as far as the published demo password goes: refused for an ordinary account; accepted for the
// demo seed, which marks the store as a demo store in the same transaction as the account (or not at all).
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import { createAppContext, type AppContext } from '../app-context.ts';
import { isDemoStore } from '../settings/store-settings.repository.ts';
import { DEMO_PASSWORD } from './demo-password.ts';
import { createUser } from './user.service.ts';
import { countUserAccounts } from './user.repository.ts';

describeEachDialect('createUser and the demo password', (store) => {
  let app: AppContext;
  const open = async (): Promise<AppContext> =>
    (app ??= await createAppContext({ dataDir: store().dataDir, databaseUrl: store().databaseUrl }));
  const admin = { name: 'admin1', role: 'admin', office: null, password: DEMO_PASSWORD };

  it('refuses the published demo password for an ordinary account, and marks nothing', async () => {
    const context = await open();
    const result = await createUser(context, SYSTEM_ACTOR_ID, admin);
    expect(result.ok ? 'created' : result.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/published demo password/) as unknown,
      details: { field: 'password' },
    });
    expect([await countUserAccounts(context.database.db), await isDemoStore(context.database.db)]).toEqual([
      0,
      false,
    ]);
  });

  it('leaves the store unmarked when the demo account itself is refused (one transaction)', async () => {
    const context = await open();
    expect(
      (await createUser(context, SYSTEM_ACTOR_ID, { ...admin, password: 'an-ordinary-password' })).ok,
    ).toBe(true);
    const taken = await createUser(context, SYSTEM_ACTOR_ID, admin, { allowDemoPassword: true });
    expect(taken.ok ? 'created' : taken.error.code).toBe('CONFLICT');
    expect(await isDemoStore(context.database.db)).toBe(false);
  });

  it('accepts it for the demo seed and marks the store as a demo store with the account', async () => {
    const context = await open();
    const created = await createUser(
      context,
      SYSTEM_ACTOR_ID,
      { ...admin, name: 'admin2' },
      { allowDemoPassword: true },
    );
    expect(created.ok).toBe(true);
    expect(await isDemoStore(context.database.db)).toBe(true);
    await context.database.close();
  });
});

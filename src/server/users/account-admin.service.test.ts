// Account administration under concurrency, on both dialects: two administrators disabling each other at once can
// never leave the store without an active administrator (the changes are serialised on the ledger head).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { describeEachDialect } from '../../../test/database.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import { verifyLedger } from '../ledger/ledger.verify.ts';
import { countActiveAdmins } from './account.repository.ts';
import { changeUserRole, disableUser, enableUser } from './account-admin.service.ts';
import { createUser } from './user.service.ts';

describeEachDialect('account administration under concurrency', (_store, dialect) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(dialect);
  });
  afterAll(async () => world.dispose());

  it('lets only one of two admins disabling or demoting each other at once succeed', async () => {
    for (const round of [1, 2, 3]) {
      const second = await createUser(world.app, SYSTEM_ACTOR_ID, {
        name: `admin-extra-${round}`,
        role: 'admin',
        password: 'synthetic-test-password',
      });
      if (!second.ok) throw second.error;
      const admins = [world.users.admin, second.value.id];
      const active = await world.app.database.db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null)
        .execute();
      // Keep exactly these two active admins for the race.
      for (const { id } of active)
        if (!admins.includes(id))
          await disableUser(world.app, SYSTEM_ACTOR_ID, { id }, 'Reset for the race.');
      expect(await countActiveAdmins(world.app.database.db)).toBe(2);
      const [a, b] = await Promise.all([
        round === 2
          ? changeUserRole(world.app, admins[0]!, { id: admins[1]! }, { role: 'analyst' })
          : disableUser(world.app, admins[0]!, { id: admins[1]! }, 'Race.'),
        disableUser(world.app, admins[1]!, { id: admins[0]! }, 'Race.'),
      ]);
      expect([a.ok, b.ok].filter(Boolean), `round ${round}`).toHaveLength(1);
      expect(await countActiveAdmins(world.app.database.db)).toBe(1);
      // If the world's admin was the one disabled, enable it again for the next round.
      const admin1 = await world.app.database.db
        .selectFrom('users')
        .select('disabled_at')
        .where('id', '=', world.users.admin)
        .executeTakeFirstOrThrow();
      if (admin1.disabled_at !== null)
        expect((await enableUser(world.app, SYSTEM_ACTOR_ID, { id: world.users.admin })).ok).toBe(true);
    }
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});

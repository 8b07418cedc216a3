// A service-level test world: a fresh store of a dialect, the app context on a settable clock, and one user per role.
import { createAppContext, type AppContext } from '../src/server/app-context.ts';
import type { Dialect } from '../src/server/db/dialect.ts';
import { SYSTEM_ACTOR_ID } from '../src/domain/ledger/ledger-event.ts';
import { setUserDissentReviewer } from '../src/server/users/account-admin.service.ts';
import { createUser } from '../src/server/users/user.service.ts';
import { createTestStore, type TestStore } from './database.ts';

export interface TestWorld {
  app: AppContext;
  store: TestStore;
  users: Record<
    | 'intake'
    | 'officer'
    | 'officer2'
    | 'supervisor'
    | 'supervisor2'
    | 'court'
    | 'counsel'
    | 'admin'
    | 'analyst',
    string
  >;
  /** Sets the clock the services read. */
  setNow(instant: string): void;
  dispose(): Promise<void>;
}

/**
 * Builds the world, all users in office "HOU" (synthetic test data), on a new store of the dialect or on the given
 * store (a `describeEachDialect` block's own, which the block disposes of).
 */
export async function createTestWorld(
  on: Dialect | TestStore,
  now = '2020-01-15T12:00:00.000Z',
): Promise<TestWorld> {
  const isOwnStore = typeof on === 'string';
  const store = isOwnStore ? await createTestStore(on) : on;
  let clock = now;
  const app = await createAppContext({ dataDir: store.dataDir, databaseUrl: store.databaseUrl }, () => clock);
  const make = async (name: string, role: string) => {
    const result = await createUser(app, SYSTEM_ACTOR_ID, {
      name,
      role,
      office: ['analyst', 'admin', 'counsel'].includes(role) ? null : 'HOU',
      password: 'synthetic-test-password',
    });
    if (!result.ok) throw result.error;
    return result.value.id;
  };
  const users = {
    intake: await make('intake1', 'intake'),
    officer: await make('officer1', 'officer'),
    officer2: await make('officer2', 'officer'),
    supervisor: await make('supervisor1', 'supervisor'),
    supervisor2: await make('supervisor2', 'supervisor'),
    court: await make('judge1', 'court'),
    counsel: await make('counsel1', 'counsel'),
    admin: await make('admin1', 'admin'),
    analyst: await make('analyst1', 'analyst'),
  };
  return {
    app,
    store,
    users,
    setNow: (instant) => {
      clock = instant;
    },
    dispose: async () => {
      await app.database.close();
      if (isOwnStore) await store.dispose();
    },
  };
}

/** Makes these users of the world dissent reviewers, as an administrator would. */
export async function designateDissentReviewers(world: TestWorld, ...userIds: string[]): Promise<void> {
  for (const id of userIds) {
    const set = await setUserDissentReviewer(world.app, SYSTEM_ACTOR_ID, { id }, true);
    if (!set.ok) throw set.error;
  }
}

// The demo data set `refuge serve --demo` seeds on its first start: small enough to be ready in seconds, with the
// office's current workload so that each role finds work to do. Only an
// empty store is seeded; a store that is already a demo store is served as it is, and any other store is refused,
// so the published demo password never lands beside real accounts.
import { AppError } from '../../domain/errors.ts';
import type { AppContext } from '../../server/app-context.ts';
import { countCases } from '../../server/cases/case.repository.ts';
import { isDemoStore } from '../../server/settings/store-settings.repository.ts';
import { DEMO_PASSWORD } from '../../server/users/demo-password.ts';
import { countUserAccounts } from '../../server/users/user.repository.ts';
import { seedCases, type SeedSummary } from './seed.service.ts';

const count = (n: number, noun: string): string =>
  `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** The demo's size and seed (fixed, so every fresh install shows the same synthetic office). */
export const DEMO_CASES = 2000;
export const DEMO_SEED = 1;

/** Seeds the demo data set (2,000 synthetic cases, seed 1, and the current workload dated before the clock; users
 * with the published demo password, which makes it a demo store) into an empty store, saying so through `log`. Returns null, touching nothing, on a store that is a
 * demo store already; fails with CONFLICT on a store that holds other accounts or cases. */
export async function seedDemoIfEmpty(
  app: AppContext,
  log: (line: string) => void = () => undefined,
): Promise<SeedSummary | null> {
  const { db } = app.database;
  if (await isDemoStore(db)) return null;
  const [accounts, cases] = [await countUserAccounts(db), await countCases(db)];
  if (accounts > 0 || cases > 0) {
    throw new AppError(
      'CONFLICT',
      `The demo is seeded into an empty store only, and this store holds ${count(accounts, 'user account')} and ${count(cases, 'case')}. Serve it without --demo, or point REFUGE_DATA_DIR (or DATABASE_URL) at an empty store for the demo.`,
      { accounts, cases },
    );
  }
  log(
    `Seeding the synthetic demo data set (${DEMO_CASES.toLocaleString('en-US')} cases, seed ${DEMO_SEED})...`,
  );
  const result = await seedCases(app, {
    cases: DEMO_CASES,
    seed: DEMO_SEED,
    passwords: 'demo',
    currentWorkload: true,
  });
  if (!result.ok) throw result.error;
  const { cases: seeded, openCases, events, elapsedMs } = result.value;
  log(
    `Seeded ${seeded.toLocaleString('en-US')} synthetic cases and a current workload of ${openCases} open ones (${events.toLocaleString('en-US')} signed events) in ${(elapsedMs / 1000).toFixed(1)} s. Demo users (e.g. elp.officer1, elp.supervisor, admin) sign in with the password "${DEMO_PASSWORD}".`,
  );
  return result.value;
}

// The demo data set the server seeds on its first start: small enough to be ready in seconds.
import type { AppContext } from '../../server/app-context.ts';
import { countCases } from '../../server/cases/case.repository.ts';
import { seedCases, type SeedSummary } from './seed.service.ts';
import { DEMO_PASSWORD } from './synthetic-world.ts';

/** The demo's size and seed (fixed, so every fresh install shows the same synthetic office). */
export const DEMO_CASES = 2000;
export const DEMO_SEED = 1;

/** Seeds the demo data set (2,000 synthetic cases, seed 1, users with the documented demo password) into a store
 * that holds no cases, saying so through `log`; returns null, touching nothing, when it already holds some. */
export async function seedDemoIfEmpty(
  app: AppContext,
  log: (line: string) => void = () => undefined,
): Promise<SeedSummary | null> {
  if ((await countCases(app.database.db)) > 0) return null;
  log(
    `Seeding the synthetic demo data set (${DEMO_CASES.toLocaleString('en-US')} cases, seed ${DEMO_SEED})...`,
  );
  const result = await seedCases(app, { cases: DEMO_CASES, seed: DEMO_SEED, passwords: 'demo' });
  if (!result.ok) throw result.error;
  const { cases, events, elapsedMs } = result.value;
  log(
    `Seeded ${cases.toLocaleString('en-US')} synthetic cases (${events.toLocaleString('en-US')} signed events) in ${(elapsedMs / 1000).toFixed(1)} s. Demo users (e.g. elp.officer1, elp.supervisor, admin) sign in with the password "${DEMO_PASSWORD}".`,
  );
  return result.value;
}

// Reads the dissent counts from the store and builds the statistic for its reader: exact for analysts, suppressed
// for everyone else.
import type { AppContext } from '../app-context.ts';
import {
  buildDissentStatistics,
  type DissentStatistics,
  type StatisticsAudience,
} from './dissent-statistics.ts';
import { countDissentsByPolicyAndMonth } from './dissent.repository.ts';

/** The statistic as of now, for the given audience. */
export async function getDissentStatistics(
  app: AppContext,
  audience: StatisticsAudience,
): Promise<DissentStatistics & { asOf: string }> {
  const asOf = app.now();
  const counts = await countDissentsByPolicyAndMonth(app.database.db, asOf);
  return { ...buildDissentStatistics(counts, audience), asOf };
}

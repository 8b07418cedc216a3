// Reads the dissent counts from the office model (brought up to the latest act and the clock first) and builds the
// statistic for its reader: exact for analysts, suppressed and pooled for everyone else.
import type { AppContext } from '../app-context.ts';
import { withFreshOfficeModel } from '../analytics/office/office-analytics.ts';
import { countDissentsByPolicyAndMonth } from '../analytics/office/statistics/dissent-counts.ts';
import {
  buildDissentStatistics,
  type DissentStatistics,
  type StatisticsAudience,
} from './dissent-statistics.ts';

/** The statistic as of now, including every dissent filed or answered before the call, for the given audience. */
export async function getDissentStatistics(
  app: AppContext,
  audience: StatisticsAudience,
): Promise<DissentStatistics & { asOf: string }> {
  return withFreshOfficeModel(app, async (connection, freshness) => ({
    ...buildDissentStatistics(await countDissentsByPolicyAndMonth(connection), audience),
    asOf: freshness.checkedAt,
  }));
}

// The counts behind the dissent statistic, read from office_model.dissents: by policy and month, dissents filed
// (month filed), answered (month answered) and not answered by their due date (month due, once it has passed:
// still open past it, or answered after it). Exact; suppression and pooling are the statistic's (server/dissent).
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../duckdb.ts';

/** The three measures of the statistic. */
export type DissentMeasure = 'filed' | 'answered' | 'overdue';

/** A count of dissents of one measure, policy and month. */
export interface DissentMonthCount {
  policy: string;
  month: string;
  n: number;
}

const COUNTS_SQL = `
  SELECT 'filed' AS measure, policy, filed_month AS month, count(*)::INTEGER AS n
  FROM office_model.dissents GROUP BY ALL
  UNION ALL
  SELECT 'answered', policy, answered_month, count(*)::INTEGER
  FROM office_model.dissents WHERE answered_month IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT 'overdue', policy, due_month, count(*)::INTEGER
  FROM office_model.dissents WHERE is_overdue OR is_answered_late GROUP BY ALL
  ORDER BY measure, policy, month`;

/** The counts of each measure, on a connection to a fresh model. */
export async function countDissentsByPolicyAndMonth(
  connection: DuckDBConnection,
): Promise<Record<DissentMeasure, DissentMonthCount[]>> {
  const counts: Record<DissentMeasure, DissentMonthCount[]> = { filed: [], answered: [], overdue: [] };
  for (const row of await queryRows(connection, COUNTS_SQL))
    counts[row.measure as DissentMeasure].push({
      policy: String(row.policy),
      month: String(row.month),
      n: Number(row.n),
    });
  return counts;
}

// The public statistic of policy dissent: counts filed, answered and overdue, by policy and month. Pure. The public
// sees counts of 1 to 9 as "<10", with complementary suppression so that no hidden count can be worked out from the
// totals; and a policy named in fewer than 10 dissents is pooled under OTHER_POLICIES, since a policy name is
// free text written by a filer. Analysts see exact counts and every policy name.
import { withMargins } from '../analytics/eoir/reports/count-table.ts';
import { suppressSmallCells, type CellStatus } from '../analytics/eoir/reports/suppression.ts';

/** One count: dissents of a policy in a month. */
export interface DissentCount {
  policy: string;
  month: string;
  n: number;
}

/** A published figure: the count, "<10" (small), or "x" (withheld so that a small one cannot be derived). */
export type PublishedCount = number | '<10' | 'x';

/** One measure as a table: a row per policy with a figure per month and its total, then the month totals. */
export interface MeasureTable {
  rows: Array<{ policy: string; counts: PublishedCount[]; total: PublishedCount }>;
  totals: PublishedCount[];
  total: PublishedCount;
}

/** Who reads the statistic: the public (suppressed) or an analyst (exact). */
export type StatisticsAudience = 'public' | 'analyst';

/** The statistic as published. */
export interface DissentStatistics {
  audience: StatisticsAudience;
  months: string[];
  filed: MeasureTable;
  answered: MeasureTable;
  overdue: MeasureTable;
}

/** The row under which the public sees policies named in fewer than 10 dissents. */
export const OTHER_POLICIES = '(policies named in fewer than 10 dissents)';
const POOL_BELOW = 10;

const published = (value: number, status: CellStatus): PublishedCount =>
  status === 'shown' ? value : status === 'small' ? '<10' : 'x';

function measureTable(
  counts: readonly DissentCount[],
  policies: readonly string[],
  months: readonly string[],
  audience: StatisticsAudience,
): MeasureTable {
  const policyIndex = new Map(policies.map((p, i) => [p, i]));
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const cells = policies.map(() => months.map(() => 0));
  for (const c of counts) {
    const row = cells[policyIndex.get(c.policy) ?? -1];
    const col = monthIndex.get(c.month);
    if (row && col !== undefined) row[col] = (row[col] ?? 0) + c.n;
  }
  const extended = withMargins({ rowValues: policies, colValues: months, counts: cells });
  const status =
    audience === 'analyst'
      ? extended.map((line) => line.map((): CellStatus => 'shown'))
      : suppressSmallCells(extended);
  const figure = (r: number, c: number) =>
    published(extended[r]?.[c] ?? 0, status[r]?.[c] ?? 'complementary');
  const last = months.length;
  return {
    rows: policies.map((policy, r) => ({
      policy,
      counts: months.map((_, c) => figure(r, c)),
      total: figure(r, last),
    })),
    totals: months.map((_, c) => figure(policies.length, c)),
    total: figure(policies.length, last),
  };
}

/** Builds the statistic for an audience from the exact counts. */
export function buildDissentStatistics(
  counts: Record<'filed' | 'answered' | 'overdue', readonly DissentCount[]>,
  audience: StatisticsAudience,
): DissentStatistics {
  const filedByPolicy = new Map<string, number>();
  for (const c of counts.filed) filedByPolicy.set(c.policy, (filedByPolicy.get(c.policy) ?? 0) + c.n);
  const label = (policy: string) =>
    audience === 'public' && (filedByPolicy.get(policy) ?? 0) < POOL_BELOW ? OTHER_POLICIES : policy;
  const relabel = (rows: readonly DissentCount[]) => rows.map((c) => ({ ...c, policy: label(c.policy) }));
  const measures = {
    filed: relabel(counts.filed),
    answered: relabel(counts.answered),
    overdue: relabel(counts.overdue),
  };
  const all = [...measures.filed, ...measures.answered, ...measures.overdue];
  const months = [...new Set(all.map((c) => c.month))].sort();
  const named = [...new Set(all.map((c) => c.policy))].filter((p) => p !== OTHER_POLICIES).sort();
  const policies = all.some((c) => c.policy === OTHER_POLICIES) ? [...named, OTHER_POLICIES] : named;
  return {
    audience,
    months,
    filed: measureTable(measures.filed, policies, months, audience),
    answered: measureTable(measures.answered, policies, months, audience),
    overdue: measureTable(measures.overdue, policies, months, audience),
  };
}

// The dissent statistic as the public and analysts see it: small counts shown as "<10" with complementary cells
// withheld, policies named in fewer than 10 dissents pooled for the public, exact counts for analysts.
import { describe, expect, it } from 'vitest';
import { buildDissentStatistics, OTHER_POLICIES, type DissentCount } from './dissent-statistics.ts';

const counts: Record<'filed' | 'answered' | 'overdue', DissentCount[]> = {
  filed: [
    { policy: 'MPP Guiding Principles', month: '2020-01', n: 12 },
    { policy: 'MPP Guiding Principles', month: '2020-02', n: 4 },
    { policy: 'Port guidance', month: '2020-01', n: 3 },
    { policy: 'Interview guidance', month: '2020-02', n: 2 },
  ],
  answered: [{ policy: 'MPP Guiding Principles', month: '2020-03', n: 11 }],
  overdue: [{ policy: 'Port guidance', month: '2020-03', n: 1 }],
};

describe('buildDissentStatistics', () => {
  it('gives analysts every policy and exact counts', () => {
    const stats = buildDissentStatistics(counts, 'analyst');
    expect(stats.months).toEqual(['2020-01', '2020-02', '2020-03']);
    expect(stats.filed.rows).toEqual([
      { policy: 'Interview guidance', counts: [0, 2, 0], total: 2 },
      { policy: 'MPP Guiding Principles', counts: [12, 4, 0], total: 16 },
      { policy: 'Port guidance', counts: [3, 0, 0], total: 3 },
    ]);
    expect(stats.filed.totals).toEqual([15, 6, 0]);
    expect(stats.filed.total).toBe(21);
    expect(stats.overdue.rows.find((r) => r.policy === 'Port guidance')?.counts).toEqual([0, 0, 1]);
  });

  it('pools rarely named policies for the public and suppresses small counts with their complements', () => {
    const stats = buildDissentStatistics(counts, 'public');
    expect(stats.filed.rows.map((r) => r.policy)).toEqual(['MPP Guiding Principles', OTHER_POLICIES]);
    const mpp = stats.filed.rows[0]!;
    expect(mpp.counts).toEqual(['x', '<10', 0]);
    for (const table of [stats.filed, stats.answered, stats.overdue]) {
      const figures = [...table.rows.flatMap((r) => [...r.counts, r.total]), ...table.totals, table.total];
      expect(figures.filter((f) => typeof f === 'number' && f >= 1 && f <= 9)).toEqual([]);
      // No row or column hides exactly one figure: a lone hidden one would be its total minus the others.
      for (const row of table.rows)
        expect([...row.counts, row.total].filter((f) => typeof f === 'string').length).not.toBe(1);
    }
    expect(JSON.stringify(stats)).not.toMatch(/Port guidance|Interview guidance/);
  });

  it('publishes an empty statistic when there is nothing to count', () => {
    expect(buildDissentStatistics({ filed: [], answered: [], overdue: [] }, 'public')).toEqual({
      audience: 'public',
      months: [],
      filed: { rows: [], totals: [], total: 0 },
      answered: { rows: [], totals: [], total: 0 },
      overdue: { rows: [], totals: [], total: 0 },
    });
  });
});

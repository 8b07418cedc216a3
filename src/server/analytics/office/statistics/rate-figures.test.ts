import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureTableJson } from '../../eoir/reports/render-report.ts';
import { cellOf, suppressionViolations } from './published-figures.testing.ts';
import { countFiguresWithRates } from './rate-figures.ts';

const COLUMNS = ['positive', 'negative', 'closed', 'pending'];
const RATES = [
  { label: 'pass rate %', part: ['positive'], base: ['positive', 'negative'] },
  { label: 'with closures %', part: ['positive'], base: ['positive', 'negative', 'closed'] },
];
// Counts that are often zero or small, so that suppression has work to do.
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 400 }));
const tables = fc
  .array(fc.array(count, { minLength: COLUMNS.length, maxLength: COLUMNS.length }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((counts) => ({ rowValues: counts.map((_, i) => `row ${i}`), colValues: COLUMNS, counts }));

describe('count figures with rates', () => {
  it('shows analysts every count and the exact rates', () => {
    const published = figureTableJson(
      countFiguresWithRates(
        {
          rowValues: ['a', 'b'],
          colValues: COLUMNS,
          counts: [
            [3, 1, 2, 0],
            [40, 10, 0, 7],
          ],
        },
        { rowHeader: 'kind', audience: 'analyst', rates: RATES },
      ),
    );
    expect(published.columns.map((c) => c.label)).toEqual([
      ...COLUMNS,
      'total',
      'pass rate %',
      'with closures %',
    ]);
    expect(published.rows.map((r) => r.values)).toEqual([
      [3, 1, 2, 0, 6, 75, 50],
      [40, 10, 0, 7, 57, 80, 80],
      [43, 11, 2, 7, 63, 79.6, 76.8],
    ]);
  });

  it('never lets the public see a count from 1 to 9 or work a withheld one out, and withholds rates built on one', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const published = figureTableJson(
          countFiguresWithRates(table, { rowHeader: 'kind', audience: 'public', rates: RATES }),
        );
        expect(suppressionViolations(published)).toEqual([]);
        published.rows.forEach((row) => {
          const shown = (label: string) => typeof cellOf(published, row.label, label) === 'number';
          const rate = cellOf(published, row.label, 'pass rate %');
          if (!shown('positive') || !shown('negative')) expect(rate).toBe('x');
          else if (rate !== null) expect(typeof rate).toBe('number');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds what the checker is for: a published small count and a lone withheld cell', () => {
    const unsuppressed = figureTableJson(
      countFiguresWithRates(
        { rowValues: ['a'], colValues: COLUMNS, counts: [[3, 20, 0, 0]] },
        { rowHeader: 'kind', audience: 'analyst' },
      ),
    );
    expect(suppressionViolations(unsuppressed)).toEqual([
      'small count 3 shown at a / positive',
      'small count 3 shown at total / positive',
    ]);
    const lone = {
      ...unsuppressed,
      rows: unsuppressed.rows.map((r) => ({
        ...r,
        values: r.values.map((v) => (v === 3 ? ('<10' as const) : v)),
      })),
    };
    expect(suppressionViolations(lone)).toContain('withheld count at a / positive can be worked out');
  });
});

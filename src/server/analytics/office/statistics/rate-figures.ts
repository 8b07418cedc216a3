// A count table published with its margins and rate columns beside the counts (e.g. pass rates): counts suppressed
// for the public as in the court-data reports, and a rate withheld whenever any count it is built from is. Pure.
import { withMargins, type CountTable } from '../../eoir/reports/count-table.ts';
import {
  countCell,
  percentCell,
  publicationStatus,
  TOTAL_LABEL,
  type Audience,
  type FigureCell,
  type FigureColumn,
  type FigureTable,
} from '../../eoir/reports/figure-table.ts';
import type { CellStatus } from '../../eoir/reports/suppression.ts';

/** A rate column: the sum of the `part` columns over the sum of the `base` columns, as a percent. */
export interface RateColumn {
  readonly label: string;
  readonly part: readonly string[];
  readonly base: readonly string[];
}

/**
 * One column per column value and a total column, one row per row value and a totals row, then the rate columns.
 * Suppression runs on the counts with their margins; the rates only read them.
 */
export function countFiguresWithRates(
  table: CountTable,
  options: { rowHeader: string; audience: Audience; rates?: readonly RateColumn[] },
): FigureTable {
  const extended = withMargins(table);
  const status = publicationStatus(extended, options.audience);
  const rates = options.rates ?? [];
  const last = table.colValues.length;
  const sum = (r: number, labels: readonly string[]): { value: number; status: CellStatus } => {
    let value = 0;
    let hidden = false;
    for (const label of labels) {
      const c = table.colValues.indexOf(label);
      if (c < 0) continue;
      value += extended[r]?.[c] ?? 0;
      hidden ||= (status[r]?.[c] ?? 'shown') !== 'shown';
    }
    return { value, status: hidden ? 'complementary' : 'shown' };
  };
  const cells = (r: number): FigureCell[] => [
    ...table.colValues.map((_, c) => countCell(extended[r]?.[c] ?? 0, status[r]?.[c])),
    countCell(extended[r]?.[last] ?? 0, status[r]?.[last]),
    ...rates.map((rate) => {
      const part = sum(r, rate.part);
      const base = sum(r, rate.base);
      return percentCell(part.value, part.status, base.value, base.status);
    }),
  ];
  const columns: FigureColumn[] = [
    ...table.colValues.map((label) => ({ label, kind: 'count' as const })),
    { label: TOTAL_LABEL, kind: 'count', isTotal: true },
    ...rates.map((rate) => ({ label: rate.label, kind: 'percent' as const })),
  ];
  return {
    rowHeader: options.rowHeader,
    columns,
    rows: [
      ...table.rowValues.map((label, r) => ({ label, cells: cells(r) })),
      { label: TOTAL_LABEL, cells: cells(table.rowValues.length), isTotal: true },
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { buildCountTable } from './count-table.ts';
import { crosstabFigures, shareFigures, type FigureTable } from './figure-table.ts';
import { renderCsv } from './render-report.ts';

const table = buildCountTable([
  { row: 'ES', col: 'no', n: 40 },
  { row: 'ES', col: 'yes', n: 60 },
  { row: 'GT', col: 'no', n: 3 },
  { row: 'GT', col: 'yes', n: 200 },
  { row: 'HO', col: 'no', n: 50 },
  { row: 'HO', col: 'yes', n: 150 },
]);
const values = (figures: FigureTable, label: string): unknown[] =>
  figures.rows
    .find((row) => row.label === label)
    ?.cells.map((cell) => (cell && 'value' in cell ? cell.value : cell && cell.withheld)) ?? [];

describe('crosstabFigures', () => {
  it('gives each cell its percent of the row total, with the total column as a count', () => {
    const figures = crosstabFigures(table, {
      rowHeader: 'nationality',
      measure: 'percent',
      hasCols: true,
      audience: 'analyst',
    });
    expect(values(figures, 'ES')).toEqual([40, 60, 100]);
    expect(values(figures, 'GT')).toEqual([1.5, 98.5, 203]);
    expect(figures.columns.map((c) => c.label)).toEqual(['no', 'yes', 'total']);
  });

  it('withholds for the public the percent of a small count and of its complement', () => {
    const figures = crosstabFigures(table, {
      rowHeader: 'nationality',
      measure: 'percent',
      hasCols: true,
      audience: 'public',
    });
    const gt = values(figures, 'GT');
    expect(gt[0]).toBe('complementary');
    expect(gt[1]).toBe('complementary');
  });

  it('uses the overall total for percents without columns', () => {
    const single = buildCountTable(
      [
        { row: 'a', col: 'count', n: 25 },
        { row: 'b', col: 'count', n: 75 },
      ],
      { fixedCols: ['count'] },
    );
    const figures = crosstabFigures(single, {
      rowHeader: 'x',
      measure: 'percent',
      hasCols: false,
      audience: 'analyst',
    });
    expect(figures.columns.map((c) => c.label)).toEqual(['percent']);
    expect(values(figures, 'b')).toEqual([75]);
  });

  it('renders CSV as header plus one line per row value, without totals', () => {
    const figures = crosstabFigures(table, {
      rowHeader: 'nationality',
      measure: 'count',
      hasCols: true,
      audience: 'public',
    });
    // GT's 3 is small; its column's next smallest (ES 40) and then ES's row partner are withheld with it.
    expect(renderCsv(figures)).toBe('nationality,no,yes\nES,x,x\nGT,<10,x\nHO,50,150\n');
  });
});

describe('shareFigures', () => {
  it('shows base, part and percent per row, hiding a share built on a small part', () => {
    const figures = shareFigures(table, {
      rowHeader: 'nationality',
      partCol: 'no',
      baseLabel: 'cases',
      partLabel: 'no',
      shareLabel: '%',
      audience: 'public',
    });
    expect(values(figures, 'HO')).toEqual([200, 50, 25]);
    expect(values(figures, 'GT')).toEqual([203, 'small', 'complementary']);
  });
});

// The published shape of a report: a table of figures with its row header, columns and rows, each cell a value
// or a withheld mark. Built from count tables here, after suppression for the public. Pure.
import { withMargins, type CountTable } from './count-table.ts';
import { suppressSmallCells, type CellStatus } from './suppression.ts';

/** Who reads the figures: the public sees suppressed small cells, analysts see exact counts. */
export type Audience = 'public' | 'analyst';

/** What a column holds. */
export type FigureKind = 'count' | 'percent' | 'days';

/** A published cell: a value, a withheld mark, or nothing to show (null, e.g. a median of no cases). */
export type FigureCell = { value: number } | { withheld: 'small' | 'complementary' } | null;

/** A column; `isTotal` marks margins, which CSV leaves out. */
export interface FigureColumn {
  readonly label: string;
  readonly kind: FigureKind;
  readonly isTotal?: boolean;
}

/** A row; `isTotal` marks the totals row, which CSV leaves out. */
export interface FigureRow {
  readonly label: string;
  readonly cells: readonly FigureCell[];
  readonly isTotal?: boolean;
}

/** A table of figures ready to render. */
export interface FigureTable {
  readonly rowHeader: string;
  readonly columns: readonly FigureColumn[];
  readonly rows: readonly FigureRow[];
}

/** The label of the totals row and column. */
export const TOTAL_LABEL = 'total';

/** Statuses for the extended table: suppression for the public, everything shown for analysts. */
export function publicationStatus(
  extended: readonly (readonly number[])[],
  audience: Audience,
): CellStatus[][] {
  return audience === 'public'
    ? suppressSmallCells(extended)
    : extended.map((line) => line.map(() => 'shown'));
}

/** A count cell under its status. */
export function countCell(value: number, status: CellStatus | undefined): FigureCell {
  return status === 'small' || status === 'complementary' ? { withheld: status } : { value };
}

/** A percent cell: withheld when its count or its base is; nothing when the base is zero. */
export function percentCell(
  part: number,
  partStatus: CellStatus | undefined,
  base: number,
  baseStatus: CellStatus | undefined,
): FigureCell {
  if ((partStatus ?? 'shown') !== 'shown' || (baseStatus ?? 'shown') !== 'shown')
    return { withheld: 'complementary' };
  if (base === 0) return null;
  return { value: Math.round((part / base) * 1000) / 10 };
}

/**
 * A crosstab as figures: one column per column value plus a total column (when there are columns), one row per row
 * value plus a totals row. `percent` shows each cell as a share of its row total; without columns, of the overall total.
 */
export function crosstabFigures(
  table: CountTable,
  options: { rowHeader: string; measure: 'count' | 'percent'; hasCols: boolean; audience: Audience },
): FigureTable {
  const extended = withMargins(table);
  const status = publicationStatus(extended, options.audience);
  const last = table.colValues.length;
  const grandRow = table.rowValues.length;
  const cellFor = (r: number, c: number): FigureCell => {
    const value = extended[r]?.[c] ?? 0;
    if (options.measure === 'count') return countCell(value, status[r]?.[c]);
    const [baseRow, baseCol] = options.hasCols ? [r, last] : [grandRow, last];
    return percentCell(value, status[r]?.[c], extended[baseRow]?.[baseCol] ?? 0, status[baseRow]?.[baseCol]);
  };
  const valueColumns: FigureColumn[] = options.hasCols
    ? table.colValues.map((label) => ({ label, kind: options.measure }))
    : [{ label: options.measure, kind: options.measure }];
  const columns = options.hasCols
    ? [...valueColumns, { label: TOTAL_LABEL, kind: 'count' as const, isTotal: true }]
    : valueColumns;
  const rowCells = (r: number): FigureCell[] => {
    const cells = table.colValues.map((_, c) => cellFor(r, c));
    return options.hasCols ? [...cells, countCell(extended[r]?.[last] ?? 0, status[r]?.[last])] : cells;
  };
  return {
    rowHeader: options.rowHeader,
    columns,
    rows: [
      ...table.rowValues.map((label, r) => ({ label, cells: rowCells(r) })),
      { label: TOTAL_LABEL, cells: rowCells(grandRow), isTotal: true },
    ],
  };
}

/**
 * A share report from a count table whose columns split each row (e.g. represented no/yes): per row the base
 * (row total), the part (the `partCol` column) and the part's percent of the base, with a totals row.
 */
export function shareFigures(
  table: CountTable,
  options: {
    rowHeader: string;
    partCol: string;
    baseLabel: string;
    partLabel: string;
    shareLabel: string;
    audience: Audience;
  },
): FigureTable {
  const extended = withMargins(table);
  const status = publicationStatus(extended, options.audience);
  const part = table.colValues.indexOf(options.partCol);
  const last = table.colValues.length;
  const row = (r: number): FigureCell[] => {
    const base = extended[r]?.[last] ?? 0;
    const value = part < 0 ? 0 : (extended[r]?.[part] ?? 0);
    const partStatus = part < 0 ? 'shown' : status[r]?.[part];
    return [
      countCell(base, status[r]?.[last]),
      countCell(value, partStatus),
      percentCell(value, partStatus, base, status[r]?.[last]),
    ];
  };
  return {
    rowHeader: options.rowHeader,
    columns: [
      { label: options.baseLabel, kind: 'count' },
      { label: options.partLabel, kind: 'count' },
      { label: options.shareLabel, kind: 'percent' },
    ],
    rows: [
      ...table.rowValues.map((label, r) => ({ label, cells: row(r) })),
      { label: TOTAL_LABEL, cells: row(table.rowValues.length), isTotal: true },
    ],
  };
}

// A two-way table of counts with its margins: the one shape every crosstab and most named reports reduce to,
// before suppression and presentation. Pure.
import { compareLabels, MISSING_LABEL } from './dimensions.ts';

/** Counts by row value and column value; labels sorted; `counts[row][col]`. */
export interface CountTable {
  readonly rowValues: readonly string[];
  readonly colValues: readonly string[];
  readonly counts: readonly (readonly number[])[];
}

/** One grouped result row: labels (NULL = missing) and a count. */
export interface CountRow {
  readonly row: string | null;
  readonly col: string | null;
  readonly n: number;
}

/** Builds a count table from grouped rows; NULL labels become MISSING_LABEL, values sort by compareLabels. */
export function buildCountTable(
  rows: readonly CountRow[],
  options: { fixedCols?: readonly string[] } = {},
): CountTable {
  const label = (value: string | null): string => value ?? MISSING_LABEL;
  const rowValues = [...new Set(rows.map((row) => label(row.row)))].sort(compareLabels);
  const colValues = options.fixedCols ?? [...new Set(rows.map((row) => label(row.col)))].sort(compareLabels);
  const rowIndex = new Map(rowValues.map((value, index) => [value, index]));
  const colIndex = new Map(colValues.map((value, index) => [value, index]));
  const counts = rowValues.map(() => colValues.map(() => 0));
  for (const row of rows) {
    const r = rowIndex.get(label(row.row));
    const c = colIndex.get(label(row.col));
    if (r === undefined || c === undefined) continue;
    const line = counts[r];
    if (line) line[c] = (line[c] ?? 0) + row.n;
  }
  return { rowValues, colValues, counts };
}

/** The table extended with its margins: `(R+1) x (C+1)`, last row = column totals, last column = row totals. */
export function withMargins(table: CountTable): number[][] {
  const extended = table.counts.map((line) => [...line, line.reduce((sum, value) => sum + value, 0)]);
  const totals = table.colValues.map((_, c) => extended.reduce((sum, line) => sum + (line[c] ?? 0), 0));
  extended.push([...totals, totals.reduce((sum, value) => sum + value, 0)]);
  return extended;
}

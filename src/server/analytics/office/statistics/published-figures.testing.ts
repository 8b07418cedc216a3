// Test helpers that read published figures as the public would: cells by label, and the ways suppression could fail
// (a count from 1 to 9 shown, or a withheld count that the shown ones and the totals pin down).
import type { figureTableJson } from '../../eoir/reports/render-report.ts';

/** The figures part of a published statistic. */
export type PublishedTable = ReturnType<typeof figureTableJson>;

/** The value at (row label, column label): a number, "<10", "x", null; 0 when the row is not there (nothing counted). */
export function cellOf(table: PublishedTable, row: string, column: string): number | string | null {
  const c = table.columns.findIndex((col) => col.label === column);
  if (c < 0) throw new Error(`no column "${column}" in ${table.columns.map((col) => col.label).join(', ')}`);
  const found = table.rows.find((r) => r.label === row);
  return found ? (found.values[c] ?? null) : 0;
}

/**
 * What a reader could learn that suppression should hide: shown counts from 1 to 9, and withheld counts solvable by
 * repeatedly solving a row or column (with its total) that has a single unknown left. (Solvability by full
 * elimination is tested on the suppression algorithm itself.) Empty when the table is safe to publish.
 */
export function suppressionViolations(table: PublishedTable): string[] {
  const countColumns = table.columns.flatMap((col, i) => (col.kind === 'count' ? [i] : []));
  const problems: string[] = [];
  const grid = table.rows.map((row) => countColumns.map((c) => row.values[c] ?? null));
  grid.forEach((line, r) =>
    line.forEach((value, c) => {
      if (typeof value === 'number' && value >= 1 && value <= 9)
        problems.push(
          `small count ${value} shown at ${table.rows[r]?.label} / ${table.columns[countColumns[c]!]?.label}`,
        );
    }),
  );
  // Lines: every row (inner columns + total column last) and every column (inner rows + totals row last).
  const known = grid.map((line) => line.map((v) => (typeof v === 'number' ? v : null)));
  const lines: [number, number][][] = [
    ...known.map((line, r) => line.map((_, c): [number, number] => [r, c])),
    ...(known[0] ?? []).map((_, c) => known.map((__, r): [number, number] => [r, c])),
  ];
  for (let solved = true; solved;) {
    solved = false;
    for (const line of lines) {
      const unknown = line.filter(([r, c]) => known[r]?.[c] === null);
      if (unknown.length !== 1) continue;
      const [ur, uc] = unknown[0]!;
      problems.push(
        `withheld count at ${table.rows[ur]?.label} / ${table.columns[countColumns[uc]!]?.label} can be worked out`,
      );
      known[ur]![uc] = 0; // marked solved; its value does not matter for what else becomes solvable
      solved = true;
    }
  }
  return problems;
}

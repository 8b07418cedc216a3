// Runs a grouped count query (row_value, col_value, n) and reads it as count rows.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { CountRow } from './count-table.ts';

/** Runs `sql` (which must select row_value, col_value and n) with positional parameters. */
export async function queryCountRows(
  connection: DuckDBConnection,
  sql: string,
  params: DuckDBValue[] = [],
): Promise<CountRow[]> {
  const reader = await connection.runAndReadAll(sql, params);
  const [rowIndex, colIndex, countIndex] = ['row_value', 'col_value', 'n'].map((name) =>
    reader.columnNames().indexOf(name),
  );
  // Labels are VARCHAR by construction; numbers are tolerated for queries that group by a number.
  const text = (value: unknown): string | null =>
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'bigint'
        ? String(value)
        : null;
  return reader.getRowsJS().map((row) => ({
    row: text(row[rowIndex ?? -1]),
    col: text(row[colIndex ?? -1]),
    n: Number(row[countIndex ?? -1] ?? 0),
  }));
}

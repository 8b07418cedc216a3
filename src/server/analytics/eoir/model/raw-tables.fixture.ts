// Test support: hand-made eoir_raw tables in a DuckDB connection, shaped as the importer writes them
// (every column VARCHAR and verbatim, plus _line BIGINT). Used by the model and report tests.
import type { DuckDBConnection } from '@duckdb/node-api';
import { MODEL_INPUT_COLUMNS } from './build-model.ts';

/** Rows per raw table; a missing column is NULL, values are stored verbatim (trailing spaces kept). */
export type RawRows = Partial<Record<keyof typeof MODEL_INPUT_COLUMNS, Record<string, string | null>[]>>;

/** Creates every model input table in eoir_raw and inserts the given rows, numbering _line from 2. */
export async function createRawTables(connection: DuckDBConnection, rows: RawRows): Promise<void> {
  await connection.run('CREATE SCHEMA IF NOT EXISTS eoir_raw');
  for (const [table, columns] of Object.entries(MODEL_INPUT_COLUMNS)) {
    const textColumns = columns.filter((column) => column !== '_line');
    const definitions = [...textColumns.map((column) => `"${column}" VARCHAR`), '_line BIGINT'];
    await connection.run(`CREATE OR REPLACE TABLE eoir_raw."${table}" (${definitions.join(', ')})`);
    const tableRows = rows[table] ?? [];
    for (const row of tableRows) {
      const unknown = Object.keys(row).filter((column) => !textColumns.includes(column));
      if (unknown.length > 0) throw new Error(`raw fixture: ${table} has no column ${unknown.join(', ')}`);
    }
    // Batched multi-row inserts keep fixtures of a few thousand rows fast.
    for (let start = 0; start < tableRows.length; start += 200) {
      const batch = tableRows.slice(start, start + 200);
      const tuples = batch.map(
        (_, offset) => `(${textColumns.map(() => '?').join(', ')}, ${start + offset + 2})`,
      );
      const values = batch.flatMap((row) => textColumns.map((column) => row[column] ?? null));
      await connection.run(`INSERT INTO eoir_raw."${table}" VALUES ${tuples.join(', ')}`, values);
    }
  }
}

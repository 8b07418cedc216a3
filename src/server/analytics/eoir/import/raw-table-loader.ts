// Loads what the byte pass wrote into DuckDB: bulk segments through read_csv (every column VARCHAR, nothing
// inferred), slow-path rows and rejects through read_json. Every count is checked against the pass, so a
// disagreement between our reading of a file and DuckDB's fails the import instead of losing rows.
import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier, sqlString } from '../../duckdb.ts';
import { LINE_COLUMN } from './header-mapping.ts';
import type { CleanSegment } from './table-cleaner.ts';

/** Where a table goes: raw case data or lookups. */
export type RawSchema = 'eoir_raw' | 'eoir_lookup';

/** A table being loaded: its place, its source file (for messages) and its VARCHAR columns in file order. */
export interface RawTarget {
  readonly schema: RawSchema;
  readonly table: string;
  readonly file: string;
  readonly columns: readonly string[];
}

const MAX_JSON_OBJECT = 64 << 20;

/** Creates the schemas and the metadata tables (release, import_summary, rejects) in a new database. */
export async function createMetaTables(connection: DuckDBConnection): Promise<void> {
  await connection.run(`
    CREATE SCHEMA eoir_raw;
    CREATE SCHEMA eoir_lookup;
    CREATE SCHEMA eoir_meta;
    CREATE TABLE eoir_meta.release (source VARCHAR, release_label VARCHAR, imported_at TIMESTAMP);
    CREATE TABLE eoir_meta.import_summary (
      table_name VARCHAR, file VARCHAR, rows_read BIGINT, imported BIGINT, repaired BIGINT, rejected BIGINT,
      expected_count BIGINT);
    CREATE TABLE eoir_meta.rejects (table_name VARCHAR, file VARCHAR, line BIGINT, reason VARCHAR, raw VARCHAR);
  `);
}

/** Creates `schema.table` with the given VARCHAR columns plus `_line BIGINT`. */
export async function createRawTable(
  connection: DuckDBConnection,
  schema: RawSchema,
  table: string,
  columns: readonly string[],
): Promise<void> {
  const definitions = [...columns.map((name) => `${quoteIdentifier(name)} VARCHAR`), `${LINE_COLUMN} BIGINT`];
  await connection.run(`CREATE TABLE ${schema}.${quoteIdentifier(table)} (${definitions.join(', ')})`);
}

/** Appends one bulk segment to the table. */
export async function loadSegment(
  connection: DuckDBConnection,
  target: RawTarget,
  segment: CleanSegment,
): Promise<void> {
  // Placeholder names keep header spellings out of the struct literal; the SELECT maps them back in order.
  const spec = [`'l': 'BIGINT'`, ...target.columns.map((_, index) => `'c${index}': 'VARCHAR'`)].join(', ');
  const result = await connection.run(`${insertInto(target)}
    SELECT ${[...target.columns.map((_, index) => `c${index}`), 'l'].join(', ')}
    FROM read_csv(${sqlString(segment.path)}, columns = {${spec}}, header = false, auto_detect = false,
      delim = '\t', quote = '', escape = '', new_line = '\\n', max_line_size = 8388608, strict_mode = true)`);
  expectCount(target.file, 'bulk rows', result.rowsChanged, segment.rows);
}

/** Appends the slow-path rows (JSON lines {l, f}) to the table. */
export async function loadSideRows(
  connection: DuckDBConnection,
  target: RawTarget,
  path: string,
  rows: number,
): Promise<void> {
  const result = await connection.run(`${insertInto(target)}
    SELECT ${[...target.columns.map((_, index) => `f[${index + 1}]`), 'l'].join(', ')}
    FROM read_json(${sqlString(path)}, format = 'newline_delimited', maximum_object_size = ${MAX_JSON_OBJECT},
      columns = {'l': 'BIGINT', 'f': 'VARCHAR[]'})`);
  expectCount(target.file, 'repaired rows', result.rowsChanged, rows);
}

/** Appends the rejects (JSON lines {l, r, raw}) to eoir_meta.rejects. */
export async function loadRejects(
  connection: DuckDBConnection,
  target: RawTarget,
  path: string,
  rows: number,
): Promise<void> {
  const result = await connection.run(`INSERT INTO eoir_meta.rejects
    SELECT ${sqlString(target.table)}, ${sqlString(target.file)}, l, r, raw
    FROM read_json(${sqlString(path)}, format = 'newline_delimited', maximum_object_size = ${MAX_JSON_OBJECT},
      columns = {'l': 'BIGINT', 'r': 'VARCHAR', 'raw': 'VARCHAR'})`);
  expectCount(target.file, 'rejects', result.rowsChanged, rows);
}

function insertInto(target: RawTarget): string {
  const columns = [...target.columns.map(quoteIdentifier), LINE_COLUMN].join(', ');
  return `INSERT INTO ${target.schema}.${quoteIdentifier(target.table)} (${columns})`;
}

function expectCount(file: string, what: string, actual: number, expected: number): void {
  if (actual !== expected)
    throw new Error(`${file}: DuckDB loaded ${actual} ${what} where the byte pass wrote ${expected}`);
}

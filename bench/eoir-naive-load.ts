// Baseline (b) of `npm run bench:eoir`, fixed, not tuned: the load public DuckDB builders of the EOIR data use, one
// `CREATE TABLE t AS SELECT * FROM read_csv(..., all_varchar, ignore_errors, null_padding)` per core file into a new
// DuckDB file with DuckDB's default settings, then CHECKPOINT. It reads UTF-8, so Latin-1/cp1252 rows fail and
// ignore_errors drops them; a stray tab shifts a row's values; NUL bytes stay.
import { join } from 'node:path';
import {
  openDuckDb,
  queryRows,
  quoteIdentifier,
  sqlString,
  type DuckDbHandle,
} from '../src/server/analytics/duckdb.ts';
import type { RowFetcher } from './eoir-defect-check.ts';

/** One naive load: seconds (open, load, checkpoint) and rows per table. */
export interface NaiveLoadResult {
  readonly seconds: number;
  readonly loaded: Record<string, number>;
}

/**
 * Loads the core tables of `caseDataDir` into a new DuckDB file at `path`, DuckDB's defaults untouched; with
 * `storageVersion`, the same load written in that storage format instead (a reference, not the baseline).
 */
export async function loadNaively(
  caseDataDir: string,
  tables: readonly string[],
  path: string,
  storageVersion?: string,
): Promise<NaiveLoadResult> {
  const started = process.hrtime.bigint();
  const db = await openDuckDb(path, storageVersion ? { storageVersion } : {});
  try {
    for (const table of tables) {
      const file = sqlString(join(caseDataDir, `${table}.csv`));
      await db.connection.run(
        `CREATE TABLE ${quoteIdentifier(table)} AS SELECT * FROM read_csv(${file}, delim='\t', header=true, quote='', all_varchar=true, ignore_errors=true, null_padding=true)`,
      );
    }
    await db.connection.run('CHECKPOINT');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const loaded: Record<string, number> = {};
    for (const table of tables) {
      const [row] = await queryRows(db.connection, `SELECT count(*) AS n FROM ${quoteIdentifier(table)}`);
      loaded[table] = Number(row!.n);
    }
    return { seconds, loaded };
  } finally {
    db.close();
  }
}

/** Fetches rows by their first column from `schema.table` of an open DuckDB file, for the defect check. */
export function duckDbRowFetcher(db: DuckDbHandle, schema: string): RowFetcher {
  return async (table, columns, ids) => {
    const rows = await queryRows(
      db.connection,
      `SELECT ${columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(schema)}.${quoteIdentifier(table)} ` +
        `WHERE ${quoteIdentifier(columns[0]!)} IN (SELECT unnest(string_split(${sqlString(ids.join(','))}, ',')))`,
    );
    const found = new Map<string, (string | null)[]>();
    for (const row of rows)
      found.set(
        String(row[columns[0]!]),
        columns.map((column) => (row[column] ?? null) as string | null),
      );
    return found;
  };
}

// The one way Refuge opens DuckDB: an instance and a connection on a file (read-write for importers, read-only for
// readers, so the file can be copied to every API node), plus the small SQL helpers every analytics module needs.
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

/** An open DuckDB file; `close()` releases it (idempotent). */
export interface DuckDbHandle {
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
  close(): void;
}

/**
 * Options for opening: read-only for readers; `memoryLimit` like '1GB'; `threads` defaults to DuckDB's choice;
 * `storageVersion` (like 'v1.3.0') is the oldest DuckDB release that must read a file this opening creates.
 */
export interface OpenDuckDbOptions {
  readOnly?: boolean;
  memoryLimit?: string;
  threads?: number;
  tempDirectory?: string;
  storageVersion?: string;
}

/** Opens (creating when read-write) the DuckDB file at `path`, or an in-memory database for ':memory:'. */
export async function openDuckDb(path: string, options: OpenDuckDbOptions = {}): Promise<DuckDbHandle> {
  const settings: Record<string, string> = {};
  if (options.readOnly) settings.access_mode = 'READ_ONLY';
  if (options.memoryLimit) settings.memory_limit = options.memoryLimit;
  if (options.threads) settings.threads = String(options.threads);
  if (options.tempDirectory) settings.temp_directory = options.tempDirectory;
  if (options.storageVersion) settings.storage_compatibility_version = options.storageVersion;
  const instance = await DuckDBInstance.create(path, settings);
  let connection: DuckDBConnection;
  try {
    connection = await instance.connect();
  } catch (error) {
    instance.closeSync();
    throw error;
  }
  let isOpen = true;
  return {
    instance,
    connection,
    close() {
      if (!isOpen) return;
      isOpen = false;
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Quotes an identifier for SQL ("A_TblCase", with embedded quotes doubled). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for SQL (for places that cannot take a parameter, such as table-function options). */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Runs a query and returns its rows as plain objects (BIGINT as bigint, DATE as Date where possible). */
export async function queryRows(
  connection: DuckDBConnection,
  sql: string,
  values?: DuckDBValue[] | Record<string, DuckDBValue>,
): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql, values);
  return reader.getRowObjectsJS();
}

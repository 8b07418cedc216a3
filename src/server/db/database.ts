// Opens the store: embedded SQLite (WAL) by default, PostgreSQL when a postgres:// URL is given.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { SqliteSynchronous } from '../config.ts';
import type { Dialect } from './dialect.ts';
import type { DatabaseSchema } from './schema.ts';
import { toStoreError } from './store-errors.ts';
import { migrateToLatest } from './migrate.ts';

/** An open store: the Kysely handle, which dialect it speaks, and how to close it. */
export interface RefugeDatabase {
  db: Kysely<DatabaseSchema>;
  dialect: Dialect;
  /** Where the embedded store lives (undefined on PostgreSQL). */
  file: string | undefined;
  close(): Promise<void>;
  /** Benchmark only (bench/ledger.bench.ts sets it on a throwaway store to price the Merkle tree): appends skip the
   * tree, so its proofs and checkpoints no longer match the events. Nothing in the app sets it. */
  benchSkipsMerkleTree?: boolean;
}

export interface OpenOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** How SQLite syncs (default `full`; see openSqliteFile). */
  sqliteSynchronous?: SqliteSynchronous | undefined;
  /** Run pending migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** How long SQLite waits for another process's write lock before failing as locked (default 5000 ms). */
  busyTimeoutMs?: number;
}

// pg returns bigint as string; our sequence numbers fit in a double.
pg.types.setTypeParser(20, (value) => Number(value));

/** The embedded store's file inside a data directory. */
export const sqliteFile = (dataDir: string): string => join(dataDir, 'refuge.sqlite');

/** Opens SQLite on a file with the pragmas Refuge relies on. `normal` (REFUGE_SQLITE_SYNCHRONOUS) trades power-cut
 * durability for speed (a killed process still loses nothing in WAL mode); the default `full` keeps both. */
export function openSqliteFile(
  file: string,
  synchronous: SqliteSynchronous = 'full',
  busyTimeoutMs = 5000,
): BetterSqlite3.Database {
  const handle = new BetterSqlite3(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma(`synchronous = ${synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  handle.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  handle.pragma('foreign_keys = ON');
  return handle;
}

/** Opens (and by default migrates) the store selected by the options. Fails with STORE_UNAVAILABLE, clearly. */
export async function openDatabase(options: OpenOptions): Promise<RefugeDatabase> {
  let database: RefugeDatabase;
  try {
    database = options.databaseUrl
      ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
      : openSqlite(options.dataDir, options.sqliteSynchronous, options.busyTimeoutMs);
    if (options.migrate !== false) await migrateToLatest(database);
  } catch (error) {
    throw toStoreError(error) ?? error;
  }
  return database;
}

function openSqlite(
  dataDir: string,
  synchronous: SqliteSynchronous | undefined,
  busyTimeoutMs: number | undefined,
): RefugeDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = sqliteFile(dataDir);
  const handle = withStatementCache(openSqliteFile(file, synchronous, busyTimeoutMs));
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: handle }) });
  return { db, dialect: 'sqlite', file, close: () => db.destroy() };
}

function openPostgres(url: string, max: number): RefugeDatabase {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined); // an idle client's error surfaces on its next query instead of killing the process
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', file: undefined, close: () => db.destroy() };
}

// Kysely prepares every statement anew; preparing costs as much as running a small insert, and the service path
// runs the same few statements again and again. A statement is reusable once its previous run has finished, which
// the dialect's single connection guarantees.
function withStatementCache(handle: BetterSqlite3.Database, size = 500): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = handle.prepare.bind(handle);
  handle.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source); // re-inserted below: the map's order is least recently used first
    } else {
      statement = prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  }) as typeof handle.prepare;
  return handle;
}

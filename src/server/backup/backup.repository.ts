// The queries backup and restore need: generic over tables, since a backup copies rows as they are stored.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../db/dialect.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { CellValue } from './backup-format.ts';

// Table names come from BACKUP_TABLES, never from input; this view lets one query serve every table.
type AnyTables = Kysely<Record<string, Record<string, CellValue>>>;
const loose = (db: Kysely<DatabaseSchema>): AnyTables => db as unknown as AnyTables;

/** A table as the store has it: its name and columns in their defined order. */
export interface StoredTable {
  name: string;
  columns: string[];
}

/** The store's tables (not views) and their columns. On PostgreSQL only the public schema counts. */
export async function listStoredTables(db: Kysely<DatabaseSchema>): Promise<StoredTable[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && (t.schema === undefined || t.schema === 'public'))
    .map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) }));
}

/** The names of the migrations the store has run, in order; empty when it has never been migrated. */
export async function readMigrationNames(db: Kysely<DatabaseSchema>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from refuge_migrations order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** How many rows a table holds. */
export async function countRows(db: Kysely<DatabaseSchema>, table: string): Promise<number> {
  const row = await loose(db)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of a table in key order: the rows whose key is after `after` (all from the start when undefined). */
export async function readTablePage(
  db: Kysely<DatabaseSchema>,
  page: {
    table: string;
    key: string;
    columns: readonly string[];
    after: CellValue | undefined;
    limit: number;
  },
): Promise<Record<string, CellValue>[]> {
  let query = loose(db)
    .selectFrom(page.table)
    .select(page.columns as string[])
    .orderBy(page.key)
    .limit(page.limit);
  if (page.after !== undefined && page.after !== null) query = query.where(page.key, '>', page.after);
  return query.execute();
}

/** Inserts rows given as value arrays in `columns` order. */
export async function insertRows(
  trx: Kysely<DatabaseSchema>,
  table: string,
  columns: readonly string[],
  rows: readonly CellValue[][],
): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null])));
  await loose(trx).insertInto(table).values(values).execute();
}

/** Deletes every row of a table (only for rows the migrations seeded, before a restore replaces them). */
export async function deleteAllRows(trx: Kysely<DatabaseSchema>, table: string): Promise<void> {
  await loose(trx).deleteFrom(table).execute();
}

/** After rows were inserted with explicit ids, moves PostgreSQL's id sequence past them (SQLite's AUTOINCREMENT
 * follows explicit ids by itself). */
export async function advanceIdSequence(
  trx: Kysely<DatabaseSchema>,
  dialect: Dialect,
  table: string,
  column: string,
): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce(max(${sql.ref(column)}), 0) + 1, false) from ${sql.table(table)}`.execute(
    trx,
  );
}

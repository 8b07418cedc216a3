// Multi-row inserts in chunks: one statement per chunk keeps every statement under both dialects' bound-parameter
// limits (SQLite 32,766; PostgreSQL 65,535) for tables of up to a few dozen columns.
import type { Insertable, Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

const CHUNK = 1000;

/** Inserts the rows into the table, a chunk of rows per statement. */
export async function insertChunked<T extends keyof DatabaseSchema>(
  db: Kysely<DatabaseSchema>,
  table: T,
  rows: readonly Insertable<DatabaseSchema[T]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

// The one way services write: a transaction that takes the write lock up front on SQLite (BEGIN IMMEDIATE,
// so two processes never deadlock upgrading a read lock) and a plain transaction on PostgreSQL.
import { sql, type Kysely } from 'kysely';
import type { RefugeDatabase } from './database.ts';
import type { DatabaseSchema } from './schema.ts';
import { toStoreError } from './store-errors.ts';

/** A handle bound to one open transaction. Repositories take it as their first argument. */
export type Transaction = Kysely<DatabaseSchema>;

/** Runs work in one transaction: all of it commits, or none of it does. Store failures become STORE_UNAVAILABLE. */
export async function inTransaction<T>(
  database: RefugeDatabase,
  work: (trx: Transaction) => Promise<T>,
): Promise<T> {
  try {
    if (database.dialect === 'postgres') return await database.db.transaction().execute(work);
    return await database.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await work(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
  } catch (error) {
    throw toStoreError(error) ?? error;
  }
}

/** Locks the ledger's head row for this transaction (PostgreSQL); SQLite's BEGIN IMMEDIATE already holds the lock. */
export async function lockLedgerHead(
  database: RefugeDatabase,
  trx: Transaction,
): Promise<{ seq: number; hash: string }> {
  const query = trx.selectFrom('ledger_head').select(['seq', 'hash']).where('id', '=', 1);
  const head = await (database.dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

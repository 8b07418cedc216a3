// One consistent view of the whole store while other processes keep writing: a single read-only transaction.
// SQLite (WAL): a deferred transaction's first read fixes its snapshot, and writers go on appending to the WAL
// behind it; this is what makes VACUUM INTO consistent, and we read rows in it the same way. PostgreSQL: REPEATABLE
// READ, READ ONLY fixes one snapshot for every query of the transaction. Kysely applies the isolation settings on
// PostgreSQL and has no use for them on SQLite, so the same call serves both.
import type { RefugeDatabase } from '../db/database.ts';
import { toStoreError } from '../db/store-errors.ts';
import type { Transaction } from '../db/transaction.ts';

/** Runs `work` against one snapshot of the store; every query it makes sees the same committed state. */
export async function inReadSnapshot<T>(
  database: RefugeDatabase,
  work: (snapshot: Transaction) => Promise<T>,
): Promise<T> {
  try {
    return await database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(work);
  } catch (error) {
    throw toStoreError(error) ?? error;
  }
}

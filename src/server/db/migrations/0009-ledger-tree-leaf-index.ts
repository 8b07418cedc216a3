// The log's tree, cheaper to append to. Only leaves are ever looked up by hash (a proof asked for by the hash of the
// event it proves), so the hash index covers leaves alone and no longer grows by a random entry for every inner
// node. On SQLite the table keys its rows by the node id itself (an INTEGER PRIMARY KEY is the row id): one B-tree,
// written at its right edge, where the old `bigint` key kept a second index beside the rows.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Replaces the all-nodes hash index with a leaves-only one; on SQLite, rebuilds the table keyed by node id. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.dropIndex('ledger_tree_hash').execute();
  if (dialect === 'sqlite') {
    await db.schema
      .createTable('ledger_tree_by_id')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await sql`insert into ledger_tree_by_id (id, level, hash) select id, level, hash from ledger_tree order by id`.execute(
      db,
    );
    await db.schema.dropTable('ledger_tree').execute();
    await db.schema.alterTable('ledger_tree_by_id').renameTo('ledger_tree').execute();
  }
  await sql`create index ledger_tree_leaf_hash on ledger_tree (hash) where level = 0`.execute(db);
}

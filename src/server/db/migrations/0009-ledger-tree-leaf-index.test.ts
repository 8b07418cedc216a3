// Migration 0009 on a tree stored the way 0008 left it: every node kept, hash for hash, and a leaf looked up by its
// hash through the new leaves-only index, on both dialects.
import { createHash } from 'node:crypto';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { toHex } from '../../../domain/ledger/bytes.ts';
import { inTransaction } from '../transaction.ts';
import type { Dialect } from '../dialect.ts';
import type { DatabaseSchema } from '../schema.ts';
import { appendTreeLeaves, findLeafIndex, leafByHashQuery } from '../../ledger/merkle-tree.repository.ts';
import { up } from './0009-ledger-tree-leaf-index.ts';

const leaf = (i: number): Buffer => createHash('sha256').update(`synthetic leaf ${i}`).digest();

/** Puts the tree table back in 0008's shape: a `bigint` key (on SQLite, an index beside the rows) and every node's
 * hash indexed. */
async function asMigration0008Left(db: Kysely<DatabaseSchema>, dialect: Dialect): Promise<void> {
  await sql`drop index ledger_tree_leaf_hash`.execute(db);
  if (dialect === 'sqlite') {
    await sql`create table ledger_tree_0008 (id bigint primary key, level integer not null, hash text not null)`.execute(
      db,
    );
    await sql`insert into ledger_tree_0008 select id, level, hash from ledger_tree`.execute(db);
    await sql`drop table ledger_tree`.execute(db);
    await sql`alter table ledger_tree_0008 rename to ledger_tree`.execute(db);
  }
  await sql`create index ledger_tree_hash on ledger_tree (hash)`.execute(db);
}

describeEachDialect('migration 0009: the leaves-only hash index', (store, dialect) => {
  it('keeps every node of the tree and finds a leaf by its hash through the new index', async () => {
    const { database } = store();
    const { db } = database;
    const leaves = Array.from({ length: 45 }, (_, i) => leaf(i));
    await inTransaction(database, (trx) => appendTreeLeaves(trx, 0, leaves.slice(0, 20)));
    await inTransaction(database, (trx) => appendTreeLeaves(trx, 20, leaves.slice(20)));
    const nodes = async () => db.selectFrom('ledger_tree').selectAll().orderBy('id').execute();
    const before = await nodes();
    expect(before.length).toBeGreaterThan(leaves.length); // the leaves and the subtrees they closed

    await asMigration0008Left(db, dialect);
    await up(db as unknown as Kysely<unknown>, dialect);

    expect((await nodes()).map((n) => ({ ...n, id: Number(n.id) }))).toEqual(
      before.map((n) => ({ ...n, id: Number(n.id) })),
    );
    expect(await findLeafIndex(db, toHex(leaves[31]!))).toBe(31);
    // An inner node's hash is no leaf: the lookup must not answer with it.
    const inner = before.find((n) => n.level === 2)!;
    expect(await findLeafIndex(db, inner.hash)).toBeUndefined();

    const query = leafByHashQuery(db, toHex(leaves[31]!)).compile();
    const plan = await inTransaction(database, async (trx) => {
      if (dialect === 'postgres') await sql`set local enable_seqscan = off`.execute(trx);
      const explain = dialect === 'postgres' ? 'explain ' : 'explain query plan ';
      const result = await trx.executeQuery(CompiledQuery.raw(explain + query.sql, [...query.parameters]));
      return JSON.stringify(result.rows);
    });
    expect(plan).toContain('ledger_tree_leaf_hash');
  });
});

// The verifiable log: the RFC 6962 Merkle tree over the ledger's events (its perfect subtrees, leaves at
// level 0), the signed checkpoints, the log's own signing key, the registered witnesses and their cosignatures. The
// tree is built here over the events already stored, in batches, with the same code every append runs.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { toHex, utf8 } from '../../../domain/ledger/bytes.ts';
import { eventBody } from '../../../domain/ledger/ledger-event.ts';
import { appendLeaves, frontier, merkleHasher, nodeId } from '../../../domain/ledger/merkle.ts';

interface Tables {
  ledger_events: {
    seq: number;
    id: string;
    type: string;
    actor_id: string;
    case_id: string | null;
    occurred_at: string;
    payload: string;
    prev_hash: string;
  };
  ledger_tree: { id: number; level: number; hash: string };
}

const BATCH = 2000;

/** Creates the log's tables and builds the tree over the stored events. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_tree')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ledger_tree_hash').on('ledger_tree').column('hash').execute();

  await db.schema
    .createTable('ledger_checkpoints')
    .addColumn('tree_size', 'bigint', (c) => c.primaryKey())
    .addColumn('root_hash', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_log_key')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_witnesses')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('vkey', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_cosignatures')
    .addColumn('id', 'text', (c) => c.primaryKey()) // `<tree size>:<witness>`: one cosignature per witness and size
    .addColumn('tree_size', 'bigint', (c) => c.notNull())
    .addColumn('witness', 'text', (c) => c.notNull())
    .addColumn('signature_line', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();

  await buildTree(db as Kysely<Tables>);
}

/** Builds the tree over the stored events into an empty ledger_tree: every event in seq order becomes leaf seq - 1,
 * and the perfect subtrees are written as they close. */
export async function buildTree(db: Kysely<Tables>): Promise<void> {
  const hasher = merkleHasher((data) => createHash('sha256').update(data).digest());
  const open = new Map<string, Uint8Array>();
  let size = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await db
      .selectFrom('ledger_events')
      .selectAll()
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return;
    const leaves = rows.map((r) =>
      hasher.leaf(
        utf8(
          eventBody(
            {
              id: r.id,
              type: r.type,
              actorId: r.actor_id,
              caseId: r.case_id,
              occurredAt: r.occurred_at,
              prevHash: r.prev_hash,
            },
            r.payload,
          ),
        ),
      ),
    );
    const created = appendLeaves(hasher, size, leaves, (n) => open.get(`${n.level}:${n.index}`)!);
    for (const node of created) open.set(`${node.level}:${node.index}`, node.hash);
    await db
      .insertInto('ledger_tree')
      .values(created.map((n) => ({ id: nodeId(n), level: n.level, hash: toHex(n.hash) })))
      .execute();
    size += rows.length;
    lastSeq = Number(rows.at(-1)!.seq);
    // Only the frontier is read again: keep it alone.
    const kept = frontier(size).map((n): [string, Uint8Array] => {
      const key = `${n.level}:${n.index}`;
      return [key, open.get(key)!];
    });
    open.clear();
    for (const [key, hash] of kept) open.set(key, hash);
  }
}

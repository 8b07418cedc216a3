// The log's Merkle tree in the store: the perfect subtrees, appended in the event's own transaction and read to
// answer roots and proofs. Only appends and reads: a node, once written, never changes.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { toHex } from '../../domain/ledger/bytes.ts';
import {
  appendLeaves,
  consistencyProof,
  frontier,
  inclusionProof,
  merkleHasher,
  nodeId,
  recordReads,
  rootHash,
  type NodeReader,
  type PerfectNode,
} from '../../domain/ledger/merkle.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { Transaction } from '../db/transaction.ts';

/** RFC 6962's hashes over Node's native SHA-256. */
export const LOG_HASHER = merkleHasher((data) => createHash('sha256').update(data).digest());

const LEAF_PREFIX = Buffer.from([0]);

/** The leaf hash of an event: SHA-256(0x00 || its canonical body), the body its chain hash covers. */
export const leafHashOfBody = (body: string): Buffer =>
  createHash('sha256').update(LEAF_PREFIX).update(body, 'utf8').digest();

const keyOf = (node: PerfectNode): number => nodeId(node);

// Node's own hex decoder: the domain's portable one cost about 12 µs per transition in a profile of the append.
function nodeHash(hex: string): Uint8Array {
  const hash = Buffer.from(hex, 'hex');
  if (hash.length !== 32 || hex.length !== 64)
    throw new Error(
      'the log\u2019s tree holds a node hash that is not 32 bytes of hex: the store was changed outside Refuge',
    );
  return hash;
}

/** The hashes of these perfect nodes, in one query; a node the store lacks is missing from the map. */
export async function readNodes(
  db: Kysely<DatabaseSchema>,
  nodes: readonly PerfectNode[],
): Promise<Map<number, Uint8Array>> {
  const found = new Map<number, Uint8Array>();
  if (nodes.length === 0) return found;
  const rows = await db
    .selectFrom('ledger_tree')
    .select(['id', 'hash'])
    .where('id', 'in', nodes.map(nodeId))
    .execute();
  for (const row of rows) found.set(Number(row.id), nodeHash(row.hash));
  return found;
}

/** Runs a tree computation over the stored nodes: learns which nodes it reads, fetches them at once, runs it. */
export async function withStoredNodes<T>(
  db: Kysely<DatabaseSchema>,
  compute: (read: NodeReader) => T,
): Promise<T> {
  const nodes = await readNodes(db, recordReads(compute));
  return compute((node) => {
    const hash = nodes.get(keyOf(node));
    if (!hash) throw new Error(`the log's tree lacks node ${keyOf(node)}: the tree and the events disagree`);
    return hash;
  });
}

/** Adds the leaves of events appended to a tree of `size` leaves, and every subtree they close, in the caller's
 * transaction (the one appending the events, under the head's lock). */
export async function appendTreeLeaves(
  trx: Transaction,
  size: number,
  leafHashes: readonly Uint8Array[],
): Promise<void> {
  if (leafHashes.length === 0) return;
  const edge = await readNodes(trx, frontier(size));
  const created = appendLeaves(LOG_HASHER, size, leafHashes, (node) => {
    const hash = edge.get(keyOf(node));
    if (!hash) throw new Error(`the log's tree lacks node ${keyOf(node)} of its right edge at size ${size}`);
    return hash;
  });
  const rows = created.map((n) => ({ id: nodeId(n), level: n.level, hash: toHex(n.hash) }));
  for (let start = 0; start < rows.length; start += 3000)
    await trx
      .insertInto('ledger_tree')
      .values(rows.slice(start, start + 3000))
      .execute();
}

/** The root hash of the tree of the first `size` leaves, from the stored nodes. */
export const readRootHash = (db: Kysely<DatabaseSchema>, size: number): Promise<Uint8Array> =>
  withStoredNodes(db, (read) => rootHash(LOG_HASHER, size, read));

/** The inclusion proof of leaf `index` in the tree of `size` leaves. */
export const readInclusionProof = (
  db: Kysely<DatabaseSchema>,
  index: number,
  size: number,
): Promise<Uint8Array[]> => withStoredNodes(db, (read) => inclusionProof(LOG_HASHER, index, size, read));

/** The consistency proof from the tree of `from` leaves to the tree of `to` leaves. */
export const readConsistencyProof = (
  db: Kysely<DatabaseSchema>,
  from: number,
  to: number,
): Promise<Uint8Array[]> => withStoredNodes(db, (read) => consistencyProof(LOG_HASHER, from, to, read));

/** The query for the first leaf with this hash (hex), answered from the leaves-only hash index. `level = 0` is a
 * literal, the index's own condition, so it matches whether the plan is made for the values or kept generic. */
export const leafByHashQuery = (db: Kysely<DatabaseSchema>, leafHash: string) =>
  db
    .selectFrom('ledger_tree')
    .select('id')
    .where('hash', '=', leafHash)
    .where(sql<boolean>`level = 0`)
    .orderBy('id')
    .limit(1);

/** The index of the first leaf with this hash (hex), if the tree has one. */
export async function findLeafIndex(
  db: Kysely<DatabaseSchema>,
  leafHash: string,
): Promise<number | undefined> {
  const row = await leafByHashQuery(db, leafHash).executeTakeFirst();
  return row === undefined ? undefined : Number(row.id) / 2;
}

/** The first of these nodes (recomputed from the events) that the store lacks or holds with another hash. */
export async function findDifferingNode(
  db: Kysely<DatabaseSchema>,
  nodes: readonly { id: number; hash: Uint8Array }[],
): Promise<{ id: number; stored: string | undefined } | undefined> {
  for (let start = 0; start < nodes.length; start += 1000) {
    const chunk = nodes.slice(start, start + 1000);
    const rows = await db
      .selectFrom('ledger_tree')
      .select(['id', 'hash'])
      .where(
        'id',
        'in',
        chunk.map((n) => n.id),
      )
      .execute();
    const stored = new Map(rows.map((r) => [Number(r.id), r.hash]));
    const differing = chunk.find((n) => stored.get(n.id) !== toHex(n.hash));
    if (differing) return { id: differing.id, stored: stored.get(differing.id) };
  }
  return undefined;
}

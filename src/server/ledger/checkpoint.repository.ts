// The signed checkpoints and the witnesses' cosignatures: append and read only (one checkpoint per tree size).
import type { Kysely } from 'kysely';
import type { DatabaseSchema, LedgerCheckpointsTable } from '../db/schema.ts';
import type { Transaction } from '../db/transaction.ts';

/** A checkpoint as stored: its size, root (hex), the signed note and when it was signed. */
export interface StoredCheckpoint {
  treeSize: number;
  rootHash: string;
  note: string;
  signedAt: string;
}

const fromRow = (row: LedgerCheckpointsTable): StoredCheckpoint => ({
  treeSize: Number(row.tree_size),
  rootHash: row.root_hash,
  note: row.note,
  signedAt: row.signed_at,
});

/** The checkpoint of the largest tree, if any. */
export async function findLatestCheckpoint(
  db: Kysely<DatabaseSchema>,
): Promise<StoredCheckpoint | undefined> {
  const row = await db
    .selectFrom('ledger_checkpoints')
    .selectAll()
    .orderBy('tree_size', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** The checkpoint of one tree size, if it was signed. */
export async function findCheckpoint(
  db: Kysely<DatabaseSchema>,
  treeSize: number,
): Promise<StoredCheckpoint | undefined> {
  const row = await db
    .selectFrom('ledger_checkpoints')
    .selectAll()
    .where('tree_size', '=', treeSize)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Every checkpoint, smallest tree first (the verifier checks each against the events). */
export async function readCheckpoints(db: Kysely<DatabaseSchema>): Promise<StoredCheckpoint[]> {
  const rows = await db.selectFrom('ledger_checkpoints').selectAll().orderBy('tree_size').execute();
  return rows.map(fromRow);
}

/** Stores a checkpoint, in the signer's transaction. */
export async function insertCheckpoint(trx: Transaction, checkpoint: StoredCheckpoint): Promise<void> {
  await trx
    .insertInto('ledger_checkpoints')
    .values({
      tree_size: checkpoint.treeSize,
      root_hash: checkpoint.rootHash,
      note: checkpoint.note,
      signed_at: checkpoint.signedAt,
    })
    .execute();
}

/** The cosignature lines stored for a tree size, by witness name. */
export async function readCosignatureLines(db: Kysely<DatabaseSchema>, treeSize: number): Promise<string[]> {
  const rows = await db
    .selectFrom('ledger_cosignatures')
    .select('signature_line')
    .where('tree_size', '=', treeSize)
    .orderBy('witness')
    .execute();
  return rows.map((r) => r.signature_line);
}

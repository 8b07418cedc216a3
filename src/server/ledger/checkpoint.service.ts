// Signs the log's checkpoints: a C2SP tlog-checkpoint note over the tree's size and root, signed with the log key.
// Exactly one per tree size however many API nodes run: the signer holds the ledger head's lock (the lock every
// append takes), so the size it reads is final until it commits, and a size already signed is returned as it is.
import { toHex, utf8 } from '../../domain/ledger/bytes.ts';
import { checkpointBody, signatureLine } from '../../domain/ledger/signed-note.ts';
import type { AppContext } from '../app-context.ts';
import { inTransaction, lockLedgerHead } from '../db/transaction.ts';
import {
  findCheckpoint,
  findLatestCheckpoint,
  insertCheckpoint,
  readCosignatureLines,
  type StoredCheckpoint,
} from './checkpoint.repository.ts';
import { getHead } from './ledger.repository.ts';
import { ensureLogKey } from './log-key.ts';
import { readRootHash } from './merkle-tree.repository.ts';

/** Signs the checkpoint of the tree as it is now, or returns the one already signed at this size. */
export async function signCheckpoint(app: AppContext): Promise<StoredCheckpoint> {
  const key = await ensureLogKey(app.database, app.masterKey);
  return inTransaction(app.database, async (trx) => {
    const { seq: size } = await lockLedgerHead(app.database, trx);
    const existing = await findCheckpoint(trx, size);
    if (existing) return existing;
    const root = await readRootHash(trx, size);
    const body = checkpointBody(key.origin, size, root);
    const note = `${body}\n${signatureLine(key.origin, key.keyId, key.sign(utf8(body)))}`;
    const checkpoint = { treeSize: size, rootHash: toHex(root), note, signedAt: app.now() };
    await insertCheckpoint(trx, checkpoint);
    return checkpoint;
  });
}

/** Signs a checkpoint when the tree grew since the last one; undefined when it did not. */
export async function signCheckpointIfGrown(app: AppContext): Promise<StoredCheckpoint | undefined> {
  const [latest, head] = await Promise.all([findLatestCheckpoint(app.database.db), getHead(app.database.db)]);
  if (latest && latest.treeSize >= head.seq) return undefined;
  return signCheckpoint(app);
}

/** The log's origin and note verifier key, creating the log key if the store has none yet. */
export async function getLogVerifierKey(app: AppContext): Promise<{ origin: string; vkey: string }> {
  const { origin, vkey } = await ensureLogKey(app.database, app.masterKey);
  return { origin, vkey };
}

/** The latest checkpoint with the witnesses' cosignatures appended: one signed note, as clients read it. Signs the
 * first checkpoint when the log has none yet. */
export async function getLatestCheckpointNote(app: AppContext): Promise<string> {
  const latest = (await findLatestCheckpoint(app.database.db)) ?? (await signCheckpoint(app));
  return withCosignatures(app, latest);
}

/** A checkpoint's note with the cosignature lines stored for its size. */
export async function withCosignatures(app: AppContext, checkpoint: StoredCheckpoint): Promise<string> {
  const lines = await readCosignatureLines(app.database.db, checkpoint.treeSize);
  return checkpoint.note + lines.map((line) => `${line}\n`).join('');
}

/** The periodic signer: every `everyMs`, a checkpoint if the tree grew. Its timer is unref'd (it never keeps a
 * process alive) and the returned function stops it. A failure is reported and the next tick tries again. */
export function startCheckpointSigner(
  app: AppContext,
  everyMs: number,
  onError: (error: unknown) => void,
): () => void {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await signCheckpointIfGrown(app);
    } catch (error) {
      onError(error);
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

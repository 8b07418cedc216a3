// `refuge verify`: checks the whole chain (every hash, link and signature, and the head) and names the first break.
// Reading and hashing run on the main thread, ahead of the signature checks spread over worker threads.
import { availableParallelism } from 'node:os';
import {
  firstBreak,
  shortHash,
  type LedgerBreak,
  type LedgerProblem,
} from '../../domain/ledger/chain-links.ts';
import type { RefugeDatabase } from '../db/database.ts';
import { checkTail, nameBrokenLink } from './chain-breaks.ts';
import { checkCheckpoints, checkTreeNodes, planCheckpoints } from './checkpoint-verify.ts';
import { ChainWalker, type Checkpoint } from './chain-walker.ts';
import { getHead, readEvents } from './ledger.repository.ts';
import { startSignaturePool, type BadSignature } from './signature-pool.ts';

/** The verdict: the whole ledger holds, or the first event that does not and how it broke. */
export type VerifyResult =
  | {
      ok: true;
      count: number;
      head: string;
      /** The latest stored checkpoint, which the events' tree matched (null when the log has none yet). */
      checkpoint: { size: number; rootHash: string } | null;
      /** How many stored checkpoints were checked against the events. */
      checkpointsChecked: number;
    }
  | { ok: false; seq: number; eventId: string | null; problem: LedgerProblem; message: string };

/** Progress as the walk goes: events checked so far out of the head's count when it started. */
export interface VerifyProgress {
  checked: number;
  total: number;
}

export interface VerifyOptions {
  onProgress?: (progress: VerifyProgress) => void;
  /** A checkpoint kept outside the database (an earlier `ok <count> events, head <hash>`): every hash and link is
   * still checked, but only the signatures of the events after it. */
  checkpoint?: Checkpoint;
  /** A checkpoint note kept outside the database (C2SP tlog-checkpoint): it must be signed by the log's key, and
   * the events must extend it (its size at most theirs, its root their tree's root at its size). */
  note?: string;
  /** Events read a page (and checked a worker batch); default 5000. */
  pageSize?: number;
  /** Signature workers; default os.availableParallelism(). */
  workers?: number;
}

const FIRST_SEQ_BOUND = -Number.MAX_SAFE_INTEGER; // keyset start below any seq, so a seq moved below 1 is still read

/** Verifies the ledger against itself: keys come from its key registrations, never from the users table. */
export async function verifyLedger(
  database: RefugeDatabase,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const { db } = database;
  const { checkpoint, pageSize = 5000 } = options;
  const plan = await planCheckpoints(database, options.note);
  const startHead = await getHead(db);
  const toSign = startHead.seq - (checkpoint?.count ?? 0);
  const pool = startSignaturePool(
    Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(toSign / pageSize))),
  );
  const walker = new ChainWalker(pool, checkpoint, plan.sizes);
  try {
    let structural: LedgerBreak | undefined;
    let missedCheckpoint = false;
    let treeBreak: LedgerBreak | undefined;
    let page = await readEvents(db, { afterSeq: FIRST_SEQ_BOUND, limit: pageSize });
    while (!structural && !missedCheckpoint && !pool.firstBad()) {
      if (page.length === 0) {
        structural = await checkTail(database, walker);
        if (structural) break;
        page = await readEvents(db, { afterSeq: walker.last?.seq ?? FIRST_SEQ_BOUND, limit: pageSize });
        if (page.length === 0) break; // the head matches the last event: done
        continue; // events were appended while we walked: walk them too
      }
      const next = readEvents(db, { afterSeq: page.at(-1)!.seq, limit: pageSize });
      next.catch(() => undefined); // awaited below; this only keeps an early exit from leaving it unhandled
      await new Promise((resolve) => setImmediate(resolve)); // let the next page's query go out before we hash this one
      const { batch, stop } = walker.walkPage(page);
      if (batch.events.length > 0) await pool.submit(batch);
      const treeNodes = walker.takeTreeNodes();
      treeBreak ??= await checkTreeNodes(database, treeNodes);
      if (stop?.kind === 'break') structural = stop.found;
      if (stop?.kind === 'link') structural = await nameBrokenLink(database, stop, page, next);
      missedCheckpoint = stop?.kind === 'checkpoint';
      options.onProgress?.({ checked: walker.position, total: Math.max(startHead.seq, walker.position) });
      page = await next;
    }
    const found = firstBreak(structural, asBreak(await pool.drain()));
    if (found)
      return {
        ok: false,
        seq: found.seq,
        eventId: found.eventId,
        problem: found.problem,
        message: found.message,
      };
    if (checkpoint && (missedCheckpoint || walker.position < checkpoint.count)) {
      return explainMissedCheckpoint(database, options, checkpoint, walker);
    }
    const logBreak = (await checkCheckpoints(database, walker, plan)) ?? treeBreak;
    if (logBreak)
      return {
        ok: false,
        seq: logBreak.seq,
        eventId: logBreak.eventId,
        problem: logBreak.problem,
        message: logBreak.message,
      };
    const latest = plan.stored.at(-1);
    return {
      ok: true,
      count: walker.position,
      head: walker.lastHash,
      checkpoint: latest ? { size: latest.treeSize, rootHash: latest.rootHash } : null,
      checkpointsChecked: plan.stored.length,
    };
  } finally {
    await pool.close();
  }
}

const asBreak = (bad: BadSignature | undefined): LedgerBreak | undefined =>
  bad && {
    position: bad.position,
    seq: bad.event.seq,
    eventId: bad.event.id,
    problem: 'bad_signature',
    message: `its signature does not verify with the key the ledger registered for ${bad.event.actorId}`,
  };

// The chain does not pass through the checkpoint. A full check names the first break if the chain has one; if it
// has none, the chain was recomputed and re-signed over an alteration, or cut and its head rewritten.
async function explainMissedCheckpoint(
  database: RefugeDatabase,
  options: VerifyOptions,
  checkpoint: Checkpoint,
  walker: ChainWalker,
): Promise<VerifyResult> {
  const full = await verifyLedger(database, { ...options, checkpoint: undefined });
  if (!full.ok) return full;
  const seen = walker.last;
  if (walker.position < checkpoint.count) {
    const message = `the ledger holds ${walker.position} events but the checkpoint saw ${checkpoint.count}: the last events were removed and the head rewritten`;
    return { ok: false, seq: (seen?.seq ?? 0) + 1, eventId: null, problem: 'removed', message };
  }
  const message = `the chain does not pass through the checkpoint (event ${checkpoint.count}, hash ${shortHash(checkpoint.hash)}): an event at or before this one was altered and every later hash recomputed and re-signed`;
  return { ok: false, seq: seen?.seq ?? 0, eventId: seen?.id ?? null, problem: 'altered', message };
}

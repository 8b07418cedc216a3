// Spreads the verifier's signature checks over worker threads: Ed25519 verification is the slow part of `verify`
// (about 7k a second per core), hashing and reading stay on the main thread and run ahead of the workers.
import { Worker } from 'node:worker_threads';
import type { StoredLedgerEvent } from './ledger.repository.ts';

/** A batch of consecutive events to check: their raw hashes, signatures, and the key slot of each signer. */
export interface SignatureBatch {
  firstPosition: number;
  events: StoredLedgerEvent[];
  slots: Int32Array<ArrayBuffer>;
  hashes: Uint8Array<ArrayBuffer>; // 32 bytes an event
  signatures: Uint8Array<ArrayBuffer>; // 64 bytes an event
}

/** The earliest event whose signature failed, by position. */
export interface BadSignature {
  position: number;
  event: StoredLedgerEvent;
}

/** Worker threads checking signature batches; keys are broadcast to all of them before any batch that uses them. */
export interface SignaturePool {
  /** Makes a public key (SPKI DER) known to every worker; returns its slot. */
  addKey(spki: Buffer): number;
  /** Queues a batch, waiting while too many are in flight. */
  submit(batch: SignatureBatch): Promise<void>;
  /** Records a signature found bad without a worker (malformed). */
  markBad(bad: BadSignature): void;
  /** The earliest bad signature found so far. */
  firstBad(): BadSignature | undefined;
  /** Waits for every queued batch and returns the earliest bad signature. */
  drain(): Promise<BadSignature | undefined>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./signature-verify.worker.js', import.meta.url);

/** Starts `size` workers. */
export function startSignaturePool(size: number): SignaturePool {
  const workers = Array.from({ length: size }, () => new Worker(WORKER_URL));
  const load = workers.map(() => 0);
  const pending = new Map<number, SignatureBatch>();
  let nextBatchId = 0;
  let nextSlot = 0;
  let earliest: BadSignature | undefined;
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;

  const record = (bad: BadSignature): void => {
    if (!earliest || bad.position < earliest.position) earliest = bad;
  };
  const settle = (): void => {
    wake?.();
    wake = undefined;
  };
  workers.forEach((worker, index) => {
    worker.on('message', ({ batchId, bad }: { batchId: number; bad: number }) => {
      const done = pending.get(batchId);
      pending.delete(batchId);
      load[index]! -= 1;
      if (done && bad >= 0) record({ position: done.firstPosition + bad, event: done.events[bad]! });
      settle();
    });
    worker.on('error', (error) => {
      failure = error;
      settle();
    });
    // A worker that dies without an error (killed, out of memory) must not leave the verifier waiting forever.
    worker.on('exit', (code) => {
      if (!closing) failure ??= new Error(`a signature worker stopped (exit code ${code})`);
      settle();
    });
  });

  const waitForRoom = async (limit: number): Promise<void> => {
    while (pending.size > limit && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  };

  return {
    addKey(spki) {
      const slot = nextSlot++;
      for (const worker of workers) worker.postMessage({ kind: 'key', slot, spki });
      return slot;
    },
    async submit(batch) {
      await waitForRoom(size * 3 - 1);
      const index = load.indexOf(Math.min(...load));
      const batchId = nextBatchId++;
      pending.set(batchId, batch);
      load[index]! += 1;
      const { slots, hashes, signatures } = batch;
      workers[index]!.postMessage(
        { kind: 'batch', batchId, count: batch.events.length, slots, hashes, signatures },
        [slots.buffer, hashes.buffer, signatures.buffer],
      );
    },
    markBad: record,
    firstBad: () => earliest,
    async drain() {
      await waitForRoom(0);
      return earliest;
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

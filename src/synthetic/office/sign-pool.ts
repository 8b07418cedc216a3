// Signing on worker threads for the bulk seeder: Ed25519 signing is most of a seed's CPU, and a chain's signatures
// can be computed in parallel once its hashes are fixed. Each worker opens the synthetic users' signers itself.
import { Worker } from 'node:worker_threads';
import type { UsersTable } from '../../server/db/schema.ts';
import type { BatchSigner } from '../../server/ledger/ledger.repository.ts';

/** A pool of signing workers. */
export interface SignPool {
  signAll: BatchSigner;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./sign.worker.js', import.meta.url);

/** Starts `size` workers holding the given users' (sealed) keys and the master key that opens them. */
export function startSignPool(
  size: number,
  users: readonly Pick<UsersTable, 'id' | 'public_key' | 'private_key'>[],
  masterKey: Buffer,
): SignPool {
  const workers = Array.from(
    { length: size },
    () => new Worker(WORKER_URL, { workerData: { users, masterKey } }),
  );
  let next = 0;
  const waiting = new Map<
    number,
    { resolve: (signatures: string[]) => void; reject: (error: Error) => void }
  >();
  for (const worker of workers) {
    worker.on('message', ({ id, signatures }: { id: number; signatures: string[] }) => {
      waiting.get(id)?.resolve(signatures);
      waiting.delete(id);
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  }
  return {
    async signAll(items) {
      const share = Math.ceil(items.length / size);
      const parts = await Promise.all(
        workers.map((worker, k) => {
          const slice = items.slice(k * share, (k + 1) * share);
          const id = next++;
          return new Promise<string[]>((resolve, reject) => {
            waiting.set(id, { resolve, reject });
            worker.postMessage({
              id,
              actorIds: slice.map((i) => i.actorId),
              digests: slice.map((i) => i.digest),
            });
          });
        }),
      );
      return parts.flat();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

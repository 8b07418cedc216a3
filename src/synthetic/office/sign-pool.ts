// Signing on worker threads for the bulk seeder: Ed25519 signing is most of a seed's CPU, and a chain's signatures
// can be computed in parallel once its hashes are fixed. Each worker opens the synthetic users' signers itself.
import type { UsersTable } from '../../server/db/schema.ts';
import type { BatchSigner } from '../../server/ledger/ledger.repository.ts';
import { startWorkerPool } from '../worker-pool.ts';

/** What every signing worker receives: the users' sealed keys and the master key that opens them. */
export interface SignWorkerData {
  readonly users: readonly Pick<UsersTable, 'id' | 'public_key' | 'private_key'>[];
  readonly masterKey: Buffer;
}

/** One slice of a batch: the digests to sign and who signs each. */
export interface SignTask {
  readonly actorIds: readonly string[];
  readonly digests: readonly Uint8Array[];
}

/** A pool of signing workers. */
export interface SignPool {
  signAll: BatchSigner;
  close(): Promise<void>;
}

/** Starts `size` workers holding the given users' (sealed) keys and the master key that opens them. */
export function startSignPool(size: number, users: SignWorkerData['users'], masterKey: Buffer): SignPool {
  const pool = startWorkerPool<SignTask, string[]>(new URL('./sign.worker.ts', import.meta.url), {
    size,
    workerData: { users, masterKey } satisfies SignWorkerData,
  });
  return {
    // every batch is cut into one slice per worker, so all of them sign at once
    async signAll(items) {
      const share = Math.ceil(items.length / size);
      const slices = Array.from({ length: size }, (_, k) => items.slice(k * share, (k + 1) * share));
      const parts = await Promise.all(
        slices.map((slice) =>
          pool.run({ actorIds: slice.map((i) => i.actorId), digests: slice.map((i) => i.digest) }),
        ),
      );
      return parts.flat();
    },
    close: () => pool.close(),
  };
}

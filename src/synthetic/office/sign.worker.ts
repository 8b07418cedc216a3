// A signing worker of the seeder's pool: opens each synthetic user's signer once, then signs the digests it is sent.
import { Buffer } from 'node:buffer';
import { workerData } from 'node:worker_threads';
import { signerFor } from '../../server/ledger/signing-keys.ts';
import { serveTasks } from '../worker-pool.ts';
import type { SignTask, SignWorkerData } from './sign-pool.ts';

const data = workerData as SignWorkerData;
const masterKey = Buffer.from(data.masterKey);
const signers = new Map(data.users.map((user) => [user.id, signerFor(user, masterKey)]));

serveTasks<SignTask, string[]>((task) =>
  task.actorIds.map((actorId, i) => {
    const signer = signers.get(actorId);
    if (!signer) throw new Error(`no key for synthetic actor ${actorId}`);
    return signer.sign(Buffer.from(task.digests[i]!));
  }),
);

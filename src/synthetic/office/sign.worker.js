// A signing worker of the seeder's pool (plain JS: it registers tsx itself to load the TypeScript key code).
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- the .ts module it imports at run time is untyped to the linter */
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { signerFor } = /** @type {typeof import('../../server/ledger/signing-keys.ts')} */ (
  await import('../../server/ledger/signing-keys.ts')
);
const data =
  /** @type {{ users: Array<{ id: string; public_key: string; private_key: string }>; masterKey: Uint8Array }} */ (
    workerData
  );
const signers = new Map(data.users.map((u) => [u.id, signerFor(u, Buffer.from(data.masterKey))]));
parentPort?.on(
  'message',
  (/** @type {{ id: number; actorIds: string[]; digests: Uint8Array[] }} */ message) => {
    const signatures = message.actorIds.map((actorId, i) => {
      const signer = signers.get(actorId);
      if (!signer) throw new Error(`no key for synthetic actor ${actorId}`);
      return signer.sign(Buffer.from(message.digests[i]));
    });
    parentPort?.postMessage({ id: message.id, signatures });
  },
);

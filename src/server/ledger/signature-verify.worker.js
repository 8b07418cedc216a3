// A worker thread of the ledger verifier: checks batches of Ed25519 signatures so the main thread can keep reading
// and hashing. Plain JavaScript (typed by JSDoc) on purpose: it runs unchanged under node, tsx and vitest.
import { Buffer } from 'node:buffer';
import { createPublicKey, verify } from 'node:crypto';
import { parentPort } from 'node:worker_threads';

/**
 * @typedef {{ kind: 'key', slot: number, spki: Uint8Array }} KeyMessage
 * @typedef {{ kind: 'batch', batchId: number, count: number, slots: Int32Array, hashes: Uint8Array, signatures: Uint8Array }} BatchMessage
 */

/** @type {Array<import('node:crypto').KeyObject | null>} Public keys by slot (null for a key that does not parse). */
const keys = [];

parentPort?.on('message', (/** @type {KeyMessage | BatchMessage} */ message) => {
  if (message.kind === 'key') {
    try {
      keys[message.slot] = createPublicKey({ key: Buffer.from(message.spki), format: 'der', type: 'spki' });
    } catch {
      keys[message.slot] = null;
    }
    return;
  }
  const { batchId, count, slots, hashes, signatures } = message;
  let bad = -1;
  for (let i = 0; i < count; i++) {
    if (
      !isValid(
        keys[slots[i] ?? -1],
        hashes.subarray(i * 32, i * 32 + 32),
        signatures.subarray(i * 64, i * 64 + 64),
      )
    ) {
      bad = i;
      break;
    }
  }
  parentPort?.postMessage({ batchId, bad });
});

/**
 * @param {import('node:crypto').KeyObject | null | undefined} key
 * @param {Uint8Array} hash
 * @param {Uint8Array} signature
 */
function isValid(key, hash, signature) {
  if (!key) return false;
  try {
    return verify(null, hash, key, signature);
  } catch {
    return false; // a key of the wrong type, or a signature of the wrong shape
  }
}

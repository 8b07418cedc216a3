// Checks one stored event on its own, as the verifier checks each event of the chain: its hash recomputed from what
// it says, and its Ed25519 signature over that hash with the key the ledger registered for its actor. (The chain's
// links and the registrations' own trust are `refuge verify`'s: a timeline checks its events, not the whole chain.)
import { createPublicKey, hash, verify, type KeyObject } from 'node:crypto';
import { eventBody } from '../../domain/ledger/ledger-event.ts';
import type { RegisteredKey, StoredLedgerEvent } from './ledger.repository.ts';

const parsedKeys = new Map<string, KeyObject | null>();

function publicKeyOf(spki: string): KeyObject | null {
  let key = parsedKeys.get(spki);
  if (key === undefined) {
    try {
      key = createPublicKey({ key: Buffer.from(spki, 'base64'), format: 'der', type: 'spki' });
      if (key.asymmetricKeyType !== 'ed25519') key = null;
    } catch {
      key = null;
    }
    if (parsedKeys.size > 10_000) parsedKeys.clear();
    parsedKeys.set(spki, key);
  }
  return key;
}

/** The key in force for an event: the actor's last registration before it (the genesis event registers its own). */
export function keyInForce(
  registrations: readonly RegisteredKey[],
  event: StoredLedgerEvent,
): string | undefined {
  let found: string | undefined;
  for (const r of registrations)
    if (r.seq < event.seq || (r.seq === event.seq && event.seq === 1)) found = r.publicKey;
  return found;
}

/** Does the event hash to its stored hash, and does its signature verify with this public key (base64 SPKI)? */
export function verifyEventSignature(event: StoredLedgerEvent, publicKey: string | undefined): boolean {
  const digest = hash('sha256', eventBody(event, event.payloadJson), 'buffer');
  if (digest.toString('hex') !== event.hash) return false;
  const key = publicKey === undefined ? null : publicKeyOf(publicKey);
  const signature = Buffer.from(event.signature, 'base64');
  if (!key || signature.length !== 64) return false;
  try {
    return verify(null, digest, key, signature);
  } catch {
    return false;
  }
}

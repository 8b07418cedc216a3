// The hashed body of a ledger event, and the key-registration event the verifier takes its keys from.
// Changing either changes what every stored hash means: don't, without a new body version.
import { canonicalJson } from './canonical-json.ts';

/** The hash the first event links to: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** The event that records a user's public key; verification takes keys from these events only. */
export const KEY_REGISTERED = 'user.key_registered';

/** The built-in actor that signs bootstrap events and registers its own key in the ledger's first event. */
export const SYSTEM_ACTOR_ID = 'system';

/** Every field of an event that its hash covers, except the payload. The position (seq) is not hashed on purpose:
 * the chain position is carried by prevHash, so a moved event reads as moved, not as every later one altered. */
export interface LedgerEventFields {
  id: string;
  type: string;
  actorId: string;
  caseId: string | null;
  occurredAt: string;
  prevHash: string;
}

/** The payload of a `user.key_registered` event. */
export interface KeyRegistration {
  userId: string;
  publicKey: string; // base64 SPKI DER of an Ed25519 key
}

/** The text an event's hash is computed over: the canonical JSON of its fields and payload. The payload is spliced
 * in as its stored canonical text, so verification hashes exactly the bytes the store holds, without re-encoding. */
export function eventBody(fields: LedgerEventFields, payloadJson: string): string {
  return (
    `{"actorId":${JSON.stringify(fields.actorId)},"caseId":${fields.caseId === null ? 'null' : JSON.stringify(fields.caseId)}` +
    `,"id":${JSON.stringify(fields.id)},"occurredAt":${JSON.stringify(fields.occurredAt)},"payload":${payloadJson}` +
    `,"prevHash":${JSON.stringify(fields.prevHash)},"type":${JSON.stringify(fields.type)}}`
  );
}

/** The canonical text of a payload, as it is stored and spliced into the body. */
export const payloadJson = (payload: Record<string, unknown>): string => canonicalJson(payload);

/** Reads a key registration from a stored payload; undefined when the payload does not have that shape. */
export function parseKeyRegistration(payloadText: string): KeyRegistration | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payloadText);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { userId, publicKey } = value as Record<string, unknown>;
  return typeof userId === 'string' && typeof publicKey === 'string' ? { userId, publicKey } : undefined;
}

/** May this event register its own signer's key? Only the ledger's first event, where the system actor starts the
 * chain; every later registration must be signed by a key the ledger already holds. */
export const isGenesisRegistration = (
  position: number,
  type: string,
  actorId: string,
  registration: KeyRegistration | undefined,
): boolean =>
  position === 1 &&
  type === KEY_REGISTERED &&
  actorId === SYSTEM_ACTOR_ID &&
  registration?.userId === actorId;

// C2SP signed notes (c2sp.org/signed-note), the checkpoints they carry (c2sp.org/tlog-checkpoint) and witnesses'
// cosignatures (c2sp.org/tlog-cosignature, cosignature/v1): the open formats Go's checksum database, Sigstore and
// the witness network read, so tools nobody here wrote can check Refuge's log. Pure: verification uses WebCrypto's
// Ed25519, which Node 20 and browsers both have.
import { bytesEqual, concatBytes, fromBase64, toBase64, toHex, utf8 } from './bytes.ts';
import { sha256 } from './sha256.ts';

/** The signature types a verifier key names: a note signer's Ed25519 key, and a witness's cosignature/v1 key. */
export const ED25519_NOTE = 0x01;
export const ED25519_COSIGNATURE = 0x04;

/** A verifier key: `<name>+<key id hex>+<base64 of type || public key>`, parsed. */
export interface VerifierKey {
  name: string;
  keyId: Uint8Array; // 4 bytes
  type: number;
  publicKey: Uint8Array; // 32 bytes (Ed25519)
}

/** One signature line of a note. */
export interface NoteSignature {
  name: string;
  keyId: Uint8Array;
  signature: Uint8Array; // after the key id: 64 bytes, or 8 + 64 for a cosignature
}

/** A checkpoint: the note's body lines read, and its signature lines. */
export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Uint8Array;
  /** The signed text: origin, size, root hash and any extension lines, each ending in a newline. */
  body: string;
  signatures: NoteSignature[];
}

const NAME = /^[^\s+\u2014]+$/;

/** The key id: the first four bytes of SHA-256(name || "\n" || type || public key). */
export const keyIdOf = (name: string, type: number, publicKey: Uint8Array): Uint8Array =>
  sha256(concatBytes(utf8(`${name}\n`), new Uint8Array([type]), publicKey)).slice(0, 4);

/** The verifier key text of a name and an Ed25519 public key (raw 32 bytes). */
export function formatVerifierKey(name: string, publicKey: Uint8Array, type = ED25519_NOTE): string {
  const keyId = toHex(keyIdOf(name, type, publicKey));
  return `${name}+${keyId}+${toBase64(concatBytes(new Uint8Array([type]), publicKey))}`;
}

/** Reads a verifier key; undefined when it is malformed, not Ed25519, or its key id does not match its key. */
export function parseVerifierKey(text: string): VerifierKey | undefined {
  // The base64 key may itself hold '+', so the name and key id are read from the left.
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text.trim());
  if (!match) return undefined;
  const [, name = '', keyIdHex = '', keyText = ''] = match;
  const key = fromBase64(keyText);
  if (!NAME.test(name) || !/^[0-9a-f]{8}$/.test(keyIdHex) || !key || key.length !== 33) return undefined;
  const type = key[0]!;
  if (type !== ED25519_NOTE && type !== ED25519_COSIGNATURE) return undefined;
  const publicKey = key.slice(1);
  const keyId = keyIdOf(name, type, publicKey);
  return toHex(keyId) === keyIdHex ? { name, keyId, type, publicKey } : undefined;
}

/** The body of a checkpoint: origin, tree size and base64 root hash, one a line. */
export const checkpointBody = (origin: string, size: number, rootHash: Uint8Array): string =>
  `${origin}\n${size}\n${toBase64(rootHash)}\n`;

/** A signature line: `— <name> <base64 of key id || signature>`. */
export const signatureLine = (name: string, keyId: Uint8Array, signature: Uint8Array): string =>
  `\u2014 ${name} ${toBase64(concatBytes(keyId, signature))}\n`;

/** Reads a checkpoint note; undefined when it is not one (the caller says why it refuses it). */
export function parseCheckpoint(note: string): Checkpoint | undefined {
  const split = note.indexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return undefined;
  const body = note.slice(0, split + 1);
  const lines = body.slice(0, -1).split('\n');
  const [origin = '', sizeText = '', rootText = ''] = lines;
  const rootHash = fromBase64(rootText);
  if (origin === '' || !/^(0|[1-9]\d{0,15})$/.test(sizeText) || rootHash?.length !== 32) return undefined;
  if (lines.some((line) => line === '')) return undefined;
  const signatures: NoteSignature[] = [];
  for (const line of note.slice(split + 2, -1).split('\n')) {
    const match = /^\u2014 (\S+) (\S+)$/.exec(line);
    const bytes = match ? fromBase64(match[2]!) : undefined;
    if (!match || !bytes || bytes.length < 5) return undefined;
    signatures.push({ name: match[1]!, keyId: bytes.slice(0, 4), signature: bytes.slice(4) });
  }
  if (signatures.length === 0) return undefined;
  return { origin, size: Number(sizeText), rootHash, body, signatures };
}

/** The message a witness signs with cosignature/v1: a header line, the time line, then the checkpoint's body. */
export const cosignedMessage = (timestamp: number, body: string): string =>
  `cosignature/v1\ntime ${timestamp}\n${body}`;

/** Whether an Ed25519 signature over the message verifies with the raw 32-byte public key (WebCrypto). */
export async function verifyEd25519(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('raw', asBuffer(publicKey), { name: 'Ed25519' }, false, [
      'verify',
    ]);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, asBuffer(signature), asBuffer(message));
  } catch {
    return false;
  }
}

// WebCrypto's types want an ArrayBuffer-backed view.
const asBuffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/** The signature line of this key on the note, if there is one (matched by name and key id). */
export const signatureBy = (checkpoint: Checkpoint, key: VerifierKey): NoteSignature | undefined =>
  checkpoint.signatures.find((s) => s.name === key.name && bytesEqual(s.keyId, key.keyId));

/** Whether the note carries a valid signature of the log key `key` (an Ed25519 note key). */
export async function isSignedByLog(checkpoint: Checkpoint, key: VerifierKey): Promise<boolean> {
  const line = key.type === ED25519_NOTE ? signatureBy(checkpoint, key) : undefined;
  return line !== undefined && verifyEd25519(key.publicKey, utf8(checkpoint.body), line.signature);
}

/** The witness's cosignature on the note, with its time, if it is there and verifies; else undefined. */
export async function cosignatureBy(
  checkpoint: Checkpoint,
  witness: VerifierKey,
): Promise<{ timestamp: number } | undefined> {
  const line = witness.type === ED25519_COSIGNATURE ? signatureBy(checkpoint, witness) : undefined;
  if (line?.signature.length !== 72) return undefined;
  const view = new DataView(line.signature.buffer, line.signature.byteOffset, 8);
  const timestamp = Number(view.getBigUint64(0));
  const message = utf8(cosignedMessage(timestamp, checkpoint.body));
  const isValid = await verifyEd25519(witness.publicKey, message, line.signature.slice(8));
  return isValid ? { timestamp } : undefined;
}

/** The 8-byte big-endian timestamp a cosignature line carries before its signature. */
export function timestampBytes(timestamp: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(timestamp));
  return out;
}

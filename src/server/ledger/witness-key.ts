// A witness's own Ed25519 key, kept in a file the way Go's note package writes signer keys:
// `PRIVATE+KEY+<name>+<key id hex>+<base64 of 0x04 || 32-byte seed>`, the type byte saying cosignature/v1. The
// verifier key it prints is what the log's operator registers with `refuge ledger witness add`.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../domain/errors.ts';
import { concatBytes, fromBase64, toBase64, toHex } from '../../domain/ledger/bytes.ts';
import {
  ED25519_COSIGNATURE,
  formatVerifierKey,
  keyIdOf,
  signatureLine,
  timestampBytes,
  type Checkpoint,
} from '../../domain/ledger/signed-note.ts';
import { cosignatureMessage } from '../../domain/ledger/witness.ts';

/** A witness key read from its file. */
export interface WitnessKey {
  name: string;
  keyId: Uint8Array;
  /** The cosignature/v1 verifier key to register with the log. */
  vkey: string;
  privateKey: KeyObject;
}

const PREFIX = 'PRIVATE+KEY+';
// PKCS #8 DER of an Ed25519 private key is this fixed header followed by the 32-byte seed (RFC 8410).
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const NAME = /^[^\s+\u2014]+$/;

const rawPublicKeyOf = (privateKey: KeyObject): Uint8Array =>
  new Uint8Array(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32));

/** Creates a witness key named `name` in a new file (never over an existing one), readable by its owner only;
 * returns the verifier key to register. */
export function createWitnessKeyFile(name: string, file: string): string {
  if (!NAME.test(name))
    throw new AppError(
      'VALIDATION_FAILED',
      `The witness name "${name}" cannot name a key: use no spaces and no plus sign, such as oig.example.gov/witness.`,
    );
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
  const keyId = toHex(keyIdOf(name, ED25519_COSIGNATURE, rawPublicKeyOf(privateKey)));
  const text = `${PREFIX}${name}+${keyId}+${toBase64(concatBytes(new Uint8Array([ED25519_COSIGNATURE]), seed))}\n`;
  try {
    writeFileSync(file, text, { flag: 'wx', mode: 0o600 });
  } catch {
    throw new AppError(
      'VALIDATION_FAILED',
      `Cannot create the key file "${file}": it exists already, or its folder cannot be written. A witness key is never overwritten.`,
    );
  }
  return readWitnessKey(file).vkey;
}

/** Reads a witness key file; fails with a message when it is missing or not a cosignature/v1 key. */
export function readWitnessKey(file: string): WitnessKey {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new AppError('VALIDATION_FAILED', `Cannot read the witness key file "${file}": check the path.`);
  }
  // The base64 key may itself hold '+', so the name and key id are read from the left.
  const [, name = '', keyIdHex = '', keyText = ''] =
    /^PRIVATE\+KEY\+([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text) ?? [];
  const key = fromBase64(keyText);
  const notAKey = new AppError(
    'VALIDATION_FAILED',
    `The file "${file}" is not a witness key (PRIVATE+KEY+<name>+<key id>+<base64>): create one with \`refuge ledger witness keygen\`.`,
  );
  if (!NAME.test(name) || key?.length !== 33 || key[0] !== ED25519_COSIGNATURE) throw notAKey;
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, key.subarray(1)]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = rawPublicKeyOf(privateKey);
  const keyId = keyIdOf(name, ED25519_COSIGNATURE, publicKey);
  if (toHex(keyId) !== keyIdHex) throw notAKey;
  return { name, keyId, vkey: formatVerifierKey(name, publicKey, ED25519_COSIGNATURE), privateKey };
}

/** The cosignature/v1 line this witness appends to the checkpoint at the time given (POSIX seconds). */
export function cosignatureLine(key: WitnessKey, checkpoint: Checkpoint, timestamp: number): string {
  const signature = sign(null, cosignatureMessage(checkpoint, timestamp), key.privateKey);
  return signatureLine(key.name, key.keyId, concatBytes(timestampBytes(timestamp), signature));
}

// Users' Ed25519 signing keys. A private key never rests in clear: it is sealed (AES-256-GCM) under the store's
// master key, REFUGE_MASTER_KEY on every API node of a PostgreSQL deployment, else <dataDir>/master.key.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../domain/errors.ts';
import type { UsersTable } from '../db/schema.ts';

/** A fresh key pair as the users table stores it. */
export interface GeneratedSigningKey {
  publicKey: string; // base64 SPKI DER
  sealedPrivateKey: string; // PKCS#8 DER sealed under the master key, bound to the public key
}

/** Signs ledger hashes as one actor. */
export interface Signer {
  actorId: string;
  /** The base64 Ed25519 signature of the hash bytes. */
  sign(hash: Buffer): string;
}

const SEAL_VERSION = 'v1';
const masterKeys = new Map<string, Buffer>();
const signers = new Map<string, Signer>();

/** The store's 32-byte master key: `given` (REFUGE_MASTER_KEY, checked by the config) if set, else
 * <dataDir>/master.key, created 0600 on first use. */
export function loadMasterKey(dataDir: string, given?: Buffer): Buffer {
  if (given) return given;
  const cacheKey = resolve(dataDir);
  const cached = masterKeys.get(cacheKey);
  if (cached) return cached;
  const key = readOrCreateKeyFile(dataDir);
  masterKeys.set(cacheKey, key);
  return key;
}

function readOrCreateKeyFile(dataDir: string): Buffer {
  const file = join(dataDir, 'master.key');
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx' fails if the file exists, so two processes starting at once never write two different keys.
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return decodeMasterKey(readFileSync(file, 'utf8').trim(), file);
}

function decodeMasterKey(text: string, file: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32 || key.toString('base64') !== text) {
    throw new AppError(
      'STORE_UNAVAILABLE',
      'The master key file in the data directory (master.key) is not the base64 of exactly 32 bytes: restore the file from where you keep it, or set REFUGE_MASTER_KEY.',
      {},
      { cause: new Error(`malformed master key file ${file}`) },
    );
  }
  return key;
}

/** Generates an Ed25519 key pair and seals its private half under the master key. */
export function generateSigningKey(masterKey: Buffer): GeneratedSigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicDer = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  return {
    publicKey: publicDer,
    sealedPrivateKey: seal(privateKey.export({ format: 'der', type: 'pkcs8' }), masterKey, publicDer),
  };
}

// The public key is the associated data, so a sealed key moved to another user's row does not open.
function seal(plain: Buffer, masterKey: Buffer, publicKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv).setAAD(Buffer.from(publicKey));
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `${SEAL_VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
}

function unseal(sealed: string, masterKey: Buffer, publicKey: string, userId: string): KeyObject {
  const [version, body = ''] = sealed.split(':');
  const bytes = Buffer.from(body, 'base64');
  try {
    if (version !== SEAL_VERSION || bytes.length < 29) throw new Error('unknown seal');
    const decipher = createDecipheriv('aes-256-gcm', masterKey, bytes.subarray(0, 12)).setAAD(
      Buffer.from(publicKey),
    );
    decipher.setAuthTag(bytes.subarray(12, 28));
    const der = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw new AppError(
      'STORE_UNAVAILABLE',
      `The signing key of user ${userId} cannot be opened with this store's master key. Check REFUGE_MASTER_KEY (or the master.key file in the data directory): every node must use the key the store was created with.`,
      { userId },
    );
  }
}

/** The signer of a users row, built once per process (opening a key is costly, signing is not). */
export function signerFor(
  user: Pick<UsersTable, 'id' | 'public_key' | 'private_key'>,
  masterKey: Buffer,
): Signer {
  const cacheKey = `${user.id}\n${user.public_key}`;
  const cached = signers.get(cacheKey);
  if (cached) return cached;
  const privateKey = unseal(user.private_key, masterKey, user.public_key, user.id);
  const signer: Signer = {
    actorId: user.id,
    sign: (hash) => sign(null, hash, privateKey).toString('base64'),
  };
  signers.set(cacheKey, signer);
  return signer;
}

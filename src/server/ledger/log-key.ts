// The log's own Ed25519 key, which signs its checkpoints: one per store, created on first use, its private half
// sealed under the master key exactly as users' keys are (signing-keys.ts). Its verifier key is what outsiders
// keep to check every checkpoint.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../domain/errors.ts';
import { formatVerifierKey, keyIdOf, ED25519_NOTE } from '../../domain/ledger/signed-note.ts';
import type { RefugeDatabase } from '../db/database.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { generateSigningKey, signerFor } from './signing-keys.ts';

/** The log's key as the signer and verifiers need it. */
export interface LogKey {
  /** The checkpoints' origin line, also the key's name. */
  origin: string;
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
  keyId: Uint8Array;
  /** The note verifier key: `<origin>+<key id hex>+<base64 of 0x01 || public key>`. */
  vkey: string;
  /** Signs the bytes, returning the 64-byte Ed25519 signature. */
  sign(message: Uint8Array): Uint8Array;
}

const LOG_KEY_ROW = 1;
const ORIGIN = /^[a-zA-Z0-9][a-zA-Z0-9._/-]{0,199}$/;

/** The raw Ed25519 key inside a base64 SPKI DER (its last 32 bytes). */
export const rawPublicKey = (spkiBase64: string): Uint8Array =>
  new Uint8Array(Buffer.from(spkiBase64, 'base64').subarray(-32));

/** A fresh default origin: unique per store, so two offices' logs never share a name. */
const defaultOrigin = (): string => `refuge.invalid/log/${randomBytes(6).toString('hex')}`;

/** Whether a text may be an origin (a schema-less URL-like name: no spaces, no plus sign). */
export const isValidOrigin = (origin: string): boolean => ORIGIN.test(origin);

/** The store's log key, created (with `origin`, or a unique default) if it has none yet. Safe from many processes:
 * the row has one fixed id, so a second creator's insert is dropped and both read the first one's key. */
export async function ensureLogKey(
  database: RefugeDatabase,
  masterKey: Buffer,
  origin?: string,
): Promise<LogKey> {
  const found = await findLogKey(database.db, masterKey);
  if (found) return found;
  if (origin !== undefined && !isValidOrigin(origin))
    throw new AppError(
      'VALIDATION_FAILED',
      `The log's origin "${origin}" is not a name a checkpoint can carry: use letters, digits, dots, slashes and dashes, such as refuge.example.gov/ledger.`,
      { origin },
    );
  const key = generateSigningKey(masterKey);
  await inTransaction(database, (trx) =>
    trx
      .insertInto('ledger_log_key')
      .values({
        id: LOG_KEY_ROW,
        origin: origin ?? defaultOrigin(),
        public_key: key.publicKey,
        private_key: key.sealedPrivateKey,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute(),
  );
  return (await findLogKey(database.db, masterKey))!;
}

/** The store's log key, if it has one. */
export async function findLogKey(db: Kysely<DatabaseSchema>, masterKey: Buffer): Promise<LogKey | undefined> {
  const row = await db
    .selectFrom('ledger_log_key')
    .selectAll()
    .where('id', '=', LOG_KEY_ROW)
    .executeTakeFirst();
  if (!row) return undefined;
  const publicKey = rawPublicKey(row.public_key);
  const signer = signerFor(
    { id: `log:${row.origin}`, public_key: row.public_key, private_key: row.private_key },
    masterKey,
  );
  return {
    origin: row.origin,
    publicKey,
    keyId: keyIdOf(row.origin, ED25519_NOTE, publicKey),
    vkey: formatVerifierKey(row.origin, publicKey),
    sign: (message) => new Uint8Array(Buffer.from(signer.sign(Buffer.from(message)), 'base64')),
  };
}

/** The verifier key alone, for the public routes (no master key needed). */
export async function findLogVerifierKey(db: Kysely<DatabaseSchema>): Promise<string | undefined> {
  const row = await db
    .selectFrom('ledger_log_key')
    .select(['origin', 'public_key'])
    .where('id', '=', LOG_KEY_ROW)
    .executeTakeFirst();
  return row && formatVerifierKey(row.origin, rawPublicKey(row.public_key));
}

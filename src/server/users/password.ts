// Password hashing: argon2id (OWASP's first choice) on libuv's thread pool, so hashing never blocks the event loop.
// Hashes made by earlier versions with scrypt still verify, and are replaced by argon2id at the next sign-in.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { hash, verify, type Options } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet, argon2id: 19 MiB of memory, 2 iterations, 1 lane.
// (`algorithm: 2` is Argon2id in the package's const enum, which this build cannot import by name.)
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const satisfies Options;

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** A self-describing argon2id hash (PHC string format) of the password. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), ARGON2);
}

/** What checking a password against a stored hash found. */
export interface PasswordCheck {
  matches: boolean;
  /** The hash is of an older scheme or weaker parameters: store a new one now that the password is known. */
  needsRehash: boolean;
}

/** Checks a password against a stored hash of either scheme. A malformed or disabled ('!') hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<PasswordCheck> {
  const normalized = password.normalize('NFKC');
  if (stored.startsWith('$argon2')) {
    const matches = await verify(stored, normalized).catch(() => false);
    return { matches, needsRehash: matches && !stored.startsWith(CURRENT_PREFIX) };
  }
  if (stored.startsWith('scrypt$'))
    return { matches: await verifyScrypt(normalized, stored), needsRehash: true };
  return { matches: false, needsRehash: false };
}

const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

/** A hash no password matches, made once: checking against it costs what a real check costs, so a sign-in for
 * an unknown name takes as long as one for a known name. */
export const decoyHash: Promise<string> = hashPassword(randomBytes(16).toString('base64'));

// scrypt$N$r$p$salt$hash (base64), as stored before argon2id.
async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, expectedHash] = stored.split('$');
  if (!salt || !expectedHash) return false;
  const expected = Buffer.from(expectedHash, 'base64');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0) || expected.length === 0)
    return false;
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    ...params,
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  });
  return timingSafeEqual(actual, expected);
}

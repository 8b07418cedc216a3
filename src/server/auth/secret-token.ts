// Secrets handed to clients (session cookies, bearer tokens) and how they are stored: only their SHA-256, so a
// copy of the database lets nobody sign in. The CSRF token is derived from the session token, so it needs no row.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new unguessable secret (256 bits), URL-safe, with a prefix that says what it is. */
export const newSecret = (prefix: string): string => `${prefix}${randomBytes(32).toString('base64url')}`;

/** The stored form of a secret. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** The CSRF token that goes with a session: browsers must echo it on every state-changing request. */
export const csrfTokenFor = (sessionToken: string): string =>
  createHash('sha256').update(`csrf\n${sessionToken}`).digest('base64url');

/** Compares two strings in constant time (false for different lengths). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Session cookies start with this, bearer tokens with `rfg_`: a leaked one is recognisable in logs and scans. */
export const SESSION_PREFIX = 'rfs_';
export const TOKEN_PREFIX = 'rfg_';

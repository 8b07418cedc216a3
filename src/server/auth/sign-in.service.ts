// Signing in and out, and recognising the caller of every request from a session cookie or a bearer token.
// Failed sign-ins lock the account for a while and slow the address; the counts live in the database, so every
// API node shares them. An unknown name costs and answers exactly what a wrong password does.
import { AppError, fail, ok, type Result } from '../../domain/errors.ts';
import { isRole, type Role } from '../../domain/actor.ts';
import { addHours } from '../../domain/time.ts';
import type { AppContext } from '../app-context.ts';
import { inTransaction } from '../db/transaction.ts';
import { findUserByName } from '../users/user.repository.ts';
import { decoyHash, hashPassword, verifyPassword } from '../users/password.ts';
import { csrfTokenFor, newSecret, secretHash, SESSION_PREFIX, TOKEN_PREFIX } from './secret-token.ts';
import {
  findApiTokenByHash,
  findSession,
  insertSession,
  revokeSession,
  touchApiToken,
  touchSession,
  type CredentialRow,
} from './session.repository.ts';
import { clearThrottle, countFailure, findThrottle, lockUntil } from './sign-in-throttle.repository.ts';
import type { Viewer } from './viewer.ts';

/** How long sessions live and how sign-in failures are counted. */
export const SESSION_RULES = {
  /** A session ends after this long without a request. */
  idleMinutes: 30,
  /** ...and after this long in any case. */
  maxHours: 12,
  /** A session's or token's last-use time is written at most this often. */
  touchEverySeconds: 60,
  /** This many failures for one account within the window lock it for `lockMinutes`. */
  accountFailures: 5,
  lockMinutes: 15,
  /** This many failures from one address within the window refuse it until the window ends. */
  addressFailures: 20,
  windowMinutes: 15,
} as const;

/** A new session: the token for the cookie and the CSRF token the browser echoes on writes. */
export interface SignedIn {
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: string; name: string; role: Role; office: string | null; isDissentReviewer: boolean };
}

const WRONG = 'The user name or password is not right. Check both and try again.';
const minutesAfter = (instant: string, minutes: number): string => addHours(instant, minutes / 60);

/** Signs a user in from a name and password; `address` is the client's network address. */
export async function signIn(
  app: AppContext,
  input: { name: string; password: string; address: string },
): Promise<Result<SignedIn>> {
  const { db } = app.database;
  const now = app.now();
  const accountKey = `account:${input.name.toLowerCase()}`;
  const addressKey = `address:${input.address}`;
  const windowStart = minutesAfter(now, -SESSION_RULES.windowMinutes);
  const [account, address] = await Promise.all([findThrottle(db, accountKey), findThrottle(db, addressKey)]);
  if (
    address &&
    address.windowStartedAt >= windowStart &&
    address.failures >= SESSION_RULES.addressFailures
  ) {
    const retryAt = minutesAfter(address.windowStartedAt, SESSION_RULES.windowMinutes);
    return fail(
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-ins from this address. Try again after ${retryAt}.`,
      {
        retryAfter: retryAt,
      },
    );
  }
  if (account?.lockedUntil && account.lockedUntil > now) {
    return fail(
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-ins for this account; it is locked until ${account.lockedUntil}. Try again then, or ask an administrator.`,
      { retryAfter: account.lockedUntil },
    );
  }
  const user = await findUserByName(db, input.name);
  const check = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash));
  const role = user?.role ?? '';
  if (!user || !check.matches || user.disabled_at !== null || !isRole(role) || role === 'system') {
    await inTransaction(app.database, async (trx) => {
      const failures = await countFailure(trx, accountKey, now, windowStart);
      await countFailure(trx, addressKey, now, windowStart);
      if (failures >= SESSION_RULES.accountFailures)
        await lockUntil(trx, accountKey, minutesAfter(now, SESSION_RULES.lockMinutes));
    });
    return fail('UNAUTHENTICATED', WRONG);
  }
  const upgraded = check.needsRehash ? await hashPassword(input.password) : null;
  const sessionToken = newSecret(SESSION_PREFIX);
  const expiresAt = addHours(now, SESSION_RULES.maxHours);
  await inTransaction(app.database, async (trx) => {
    await clearThrottle(trx, accountKey);
    if (upgraded)
      await trx.updateTable('users').set({ password_hash: upgraded }).where('id', '=', user.id).execute();
    await insertSession(trx, {
      id: secretHash(sessionToken),
      user_id: user.id,
      created_at: now,
      expires_at: expiresAt,
      last_seen_at: now,
      revoked_at: null,
    });
  });
  return ok({
    sessionToken,
    csrfToken: csrfTokenFor(sessionToken),
    expiresAt,
    user: {
      id: user.id,
      name: user.name,
      role,
      office: user.office,
      isDissentReviewer: user.is_dissent_reviewer === 1,
    },
  });
}

/** Ends the session this token opened (no error if it had already ended). */
export async function signOut(app: AppContext, sessionToken: string): Promise<void> {
  await revokeSession(app.database.db, secretHash(sessionToken), app.now());
}

/** Why a credential was refused, for the one 401 message. */
const EXPIRED = 'Your session has ended (signed out, timed out, or the account changed). Sign in again.';

/** Recognises the caller from a session token or a bearer token: the viewer, or UNAUTHENTICATED. */
export async function authenticate(
  app: AppContext,
  credential: { kind: 'session' | 'token'; secret: string },
): Promise<Result<Viewer>> {
  const { db } = app.database;
  const now = app.now();
  const expectedPrefix = credential.kind === 'session' ? SESSION_PREFIX : TOKEN_PREFIX;
  if (!credential.secret.startsWith(expectedPrefix))
    return fail(
      'UNAUTHENTICATED',
      credential.kind === 'session' ? EXPIRED : 'That bearer token is not a Refuge token.',
    );
  const id = secretHash(credential.secret);
  const row = credential.kind === 'session' ? await findSession(db, id) : await findApiTokenByHash(db, id);
  if (!row || !isUsable(row, credential.kind, now)) {
    return fail(
      'UNAUTHENTICATED',
      credential.kind === 'session'
        ? EXPIRED
        : 'That bearer token is unknown, expired or revoked. Ask an administrator for a new one.',
    );
  }
  if (!row.lastSeenAt || minutesAfter(row.lastSeenAt, SESSION_RULES.touchEverySeconds / 60) <= now) {
    await (credential.kind === 'session' ? touchSession(db, row.id, now) : touchApiToken(db, row.id, now));
  }
  if (!isRole(row.role)) throw new AppError('INTERNAL', `A stored account has an unknown role.`);
  return ok({
    id: row.userId,
    name: row.name,
    role: row.role,
    office: row.office,
    isDissentReviewer: row.isDissentReviewer,
    credential: { kind: credential.kind, id: row.id },
  });
}

function isUsable(row: CredentialRow, kind: 'session' | 'token', now: string): boolean {
  if (row.disabledAt !== null || row.revokedAt !== null) return false;
  if (row.expiresAt !== null && row.expiresAt <= now) return false;
  if (kind === 'session') {
    const lastSeen = row.lastSeenAt ?? now;
    if (minutesAfter(lastSeen, SESSION_RULES.idleMinutes) <= now) return false;
  }
  return true;
}

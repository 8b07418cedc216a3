// Sign-in sessions and bearer tokens, found by the hash of the secret the client holds.
import type { Kysely } from 'kysely';
import type { ApiTokensTable, DatabaseSchema, SessionsTable } from '../db/schema.ts';

/** A credential with the account it belongs to, as authentication needs it. */
export interface CredentialRow {
  id: string;
  userId: string;
  name: string;
  role: string;
  office: string | null;
  isDissentReviewer: boolean;
  disabledAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  lastSeenAt: string | null;
}

/** Stores a new session. */
export async function insertSession(db: Kysely<DatabaseSchema>, row: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session whose token hashes to `id`, with its user. */
export async function findSession(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<CredentialRow | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'users.name',
      'users.role',
      'users.office',
      'users.is_dissent_reviewer',
      'users.disabled_at',
      'sessions.expires_at',
      'sessions.revoked_at',
      'sessions.last_seen_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      userId: row.user_id,
      name: row.name,
      role: row.role,
      office: row.office,
      isDissentReviewer: row.is_dissent_reviewer === 1,
      disabledAt: row.disabled_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
      lastSeenAt: row.last_seen_at,
    }
  );
}

/** Marks the session as used now (its inactivity clock restarts). */
export async function touchSession(db: Kysely<DatabaseSchema>, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** Ends a session (sign-out). */
export async function revokeSession(db: Kysely<DatabaseSchema>, id: string, at: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every session of a user (disabled, or role changed). */
export async function revokeSessionsOfUser(
  db: Kysely<DatabaseSchema>,
  userId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Deletes sessions that ended before `before` (housekeeping; they can no longer be used). */
export async function deleteEndedSessions(db: Kysely<DatabaseSchema>, before: string): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before)]))
    .execute();
}

/** Stores a new bearer token. */
export async function insertApiToken(db: Kysely<DatabaseSchema>, row: ApiTokensTable): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

/** The bearer token with this hash, with its user. */
export async function findApiTokenByHash(
  db: Kysely<DatabaseSchema>,
  tokenHash: string,
): Promise<CredentialRow | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.user_id',
      'users.name',
      'users.role',
      'users.office',
      'users.is_dissent_reviewer',
      'users.disabled_at',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
      'api_tokens.last_used_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      userId: row.user_id,
      name: row.name,
      role: row.role,
      office: row.office,
      isDissentReviewer: row.is_dissent_reviewer === 1,
      disabledAt: row.disabled_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
      lastSeenAt: row.last_used_at,
    }
  );
}

/** A user's bearer tokens (never their secrets), newest first. */
export const findApiTokensOfUser = (
  db: Kysely<DatabaseSchema>,
  userId: string,
): Promise<Array<Omit<ApiTokensTable, 'token_hash'>>> =>
  db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'created_at', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();

/** A bearer token by id (never its secret). */
export const findApiToken = (
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<Omit<ApiTokensTable, 'token_hash'> | undefined> =>
  db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'created_at', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Revokes a bearer token. */
export async function revokeApiToken(db: Kysely<DatabaseSchema>, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
}

/** Records that a bearer token was used now. */
export async function touchApiToken(db: Kysely<DatabaseSchema>, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

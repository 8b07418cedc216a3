// Bearer tokens for scripts: created for a user by an admin (or the CLI as the system actor), shown once, stored
// only as a hash, revocable by id. Creating and revoking are signed ledger events.
import { fail, ok, type Result } from '../../domain/errors.ts';
import { requireRole } from '../../domain/transition.ts';
import { addDays } from '../../domain/time.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { findUserById, findUserByName } from '../users/user.repository.ts';
import { newSecret, secretHash, TOKEN_PREFIX } from './secret-token.ts';
import { findApiToken, findApiTokensOfUser, insertApiToken, revokeApiToken } from './session.repository.ts';
import { randomUUID } from 'node:crypto';

/** A token as its owner and admins see it (never the secret). */
export interface ApiTokenSummary {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** The most days a token may live; unlimited tokens are not offered. */
export const MAX_TOKEN_DAYS = 366;

/** Creates a token for the named user; the secret is in the result and nowhere else. */
export async function createApiToken(
  app: AppContext,
  actorId: string,
  input: { userName: string; expiresInDays: number },
): Promise<Result<{ token: string; summary: ApiTokenSummary }>> {
  const days = input.expiresInDays;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
    return fail('VALIDATION_FAILED', `A token lives 1 to ${MAX_TOKEN_DAYS} days; got ${String(days)}.`, {
      field: 'expiresInDays',
    });
  const token = newSecret(TOKEN_PREFIX);
  return runCommand(app, actorId, async (trx, ctx) => {
    accept(requireRole(ctx, ['admin', 'system'], 'create bearer tokens'));
    const user = await findUserByName(trx, input.userName);
    if (!user || user.role === 'system')
      accept(fail('NOT_FOUND', `No user named "${input.userName}".`, { field: 'userName' }));
    if (user!.disabled_at !== null)
      accept(fail('INVALID_TRANSITION', `The account "${input.userName}" is disabled; enable it first.`));
    const summary: ApiTokenSummary = {
      id: randomUUID(),
      userId: user!.id,
      createdAt: ctx.now,
      expiresAt: addDays(ctx.now, days),
      revokedAt: null,
      lastUsedAt: null,
    };
    await insertApiToken(trx, {
      id: summary.id,
      user_id: summary.userId,
      token_hash: secretHash(token),
      created_at: summary.createdAt,
      expires_at: summary.expiresAt,
      revoked_at: null,
      last_used_at: null,
    });
    return {
      value: { token, summary },
      events: [
        {
          type: 'token.created',
          caseId: null,
          payload: { tokenId: summary.id, userId: summary.userId, expiresAt: summary.expiresAt },
        },
      ],
    };
  });
}

/** Revokes a token by id (an admin, or the token's own user). */
export async function revokeApiTokenById(
  app: AppContext,
  actorId: string,
  tokenId: string,
): Promise<Result<ApiTokenSummary>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const found = await findApiToken(trx, tokenId);
    const mayRevoke =
      ctx.actor.role === 'admin' || ctx.actor.role === 'system' || found?.user_id === ctx.actor.id;
    // The same body for a token that is missing and one of another user's: the id is not echoed back.
    if (!found || !mayRevoke) accept(fail('NOT_FOUND', 'No such token.'));
    if (found!.revoked_at !== null) accept(fail('INVALID_TRANSITION', 'This token is already revoked.'));
    await revokeApiToken(trx, tokenId, ctx.now);
    return {
      value: toSummary({ ...found!, revoked_at: ctx.now }),
      events: [{ type: 'token.revoked', caseId: null, payload: { tokenId, userId: found!.user_id } }],
    };
  });
}

/** The tokens of the named user, newest first. */
export async function listApiTokens(app: AppContext, userName: string): Promise<Result<ApiTokenSummary[]>> {
  const user = await findUserByName(app.database.db, userName);
  if (!user || user.role === 'system')
    return fail('NOT_FOUND', `No user named "${userName}".`, { field: 'userName' });
  return ok((await findApiTokensOfUser(app.database.db, user.id)).map(toSummary));
}

/** The tokens of a user by id (for the API). */
export async function listApiTokensOfUserId(app: AppContext, userId: string): Promise<ApiTokenSummary[]> {
  const user = await findUserById(app.database.db, userId);
  return user ? (await findApiTokensOfUser(app.database.db, user.id)).map(toSummary) : [];
}

function toSummary(row: {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}): ApiTokenSummary {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

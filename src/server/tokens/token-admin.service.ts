// Bearer tokens over the API: an administrator creates one for a user (the secret shown once) and lists a user's
// tokens; every user lists their own. Creating and revoking go through the token service's signed commands.
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { AppContext } from '../app-context.ts';
import { createApiToken, type ApiTokenSummary } from '../auth/api-token.service.ts';
import { decodeCursor, pageOf } from '../paging/keyset-cursor.ts';
import { findAccount } from '../users/account.repository.ts';
import { noSuchUser } from '../users/account-admin.service.ts';
import { getActorRow } from '../users/user.repository.ts';
import { findTokensPage, type TokenRow } from './token.repository.ts';

/** Creates a token for the user with this id; the secret is in the result and nowhere else. */
export async function createTokenForUser(
  app: AppContext,
  actorId: string,
  userId: string,
  expiresInDays: number,
): Promise<Result<{ token: string; summary: ApiTokenSummary }>> {
  const actor = await getActorRow(app.database.db, actorId);
  if (actor?.role !== 'admin' && actor?.role !== 'system')
    return fail('FORBIDDEN', 'Only administrators create bearer tokens.');
  const account = await findAccount(app.database.db, { id: userId });
  if (!account) return noSuchUser({ id: userId });
  return createApiToken(app, actorId, { userName: account.name, expiresInDays });
}

/** A page of a user's tokens: an administrator's view of anyone's, or a user's of their own (404 otherwise). */
export async function listTokensOfUser(
  app: AppContext,
  actorId: string,
  userId: string,
  page: { limit: number; cursor?: string },
): Promise<Result<{ items: ApiTokenSummary[]; nextCursor: string | null }>> {
  const [actor, account] = await Promise.all([
    getActorRow(app.database.db, actorId),
    findAccount(app.database.db, { id: userId }),
  ]);
  const mayList = actor?.role === 'admin' || actor?.role === 'system' || actorId === userId;
  if (!account || !mayList) return noSuchUser({ id: userId });
  const before = decodeCursor(page.cursor, ['string', 'string'] as const);
  const rows = await findTokensPage(app.database.db, userId, { before, limit: page.limit + 1 });
  const { items, nextCursor } = pageOf(rows, page.limit, (last) => [last.created_at, last.id]);
  return ok({ items: items.map(toSummary), nextCursor });
}

const toSummary = (row: TokenRow): ApiTokenSummary => ({
  id: row.id,
  userId: row.user_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
});

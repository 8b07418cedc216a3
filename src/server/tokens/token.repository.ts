// A user's bearer tokens a page at a time, newest first (never the secret or its hash).
import type { Kysely } from 'kysely';
import type { ApiTokensTable, DatabaseSchema } from '../db/schema.ts';

/** A token row without its hash. */
export type TokenRow = Omit<ApiTokensTable, 'token_hash'>;

/** The user's tokens created before the (createdAt, id) key, newest first, at most `limit`. */
export async function findTokensPage(
  db: Kysely<DatabaseSchema>,
  userId: string,
  page: { before?: readonly [string, string]; limit: number },
): Promise<TokenRow[]> {
  let query = db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'created_at', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('user_id', '=', userId);
  const before = page.before;
  if (before)
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', before[0]),
        eb.and([eb('created_at', '=', before[0]), eb('id', '<', before[1])]),
      ]),
    );
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
}

// Accounts as administration reads and changes them: never the password hash or the keys.
import type { Kysely } from 'kysely';
import { isRole } from '../../domain/actor.ts';
import type { Account } from '../../domain/users/account.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import type { DatabaseSchema, UsersTable } from '../db/schema.ts';

/** How a command names the account it acts on: by id (the API) or by login name (the CLI). */
export type AccountRef = { id: string } | { name: string };

const COLUMNS = ['id', 'name', 'role', 'office', 'created_at', 'disabled_at', 'is_dissent_reviewer'] as const;

function toAccount(row: Pick<UsersTable, (typeof COLUMNS)[number]>): Account {
  if (!isRole(row.role)) throw new Error(`user ${row.id} has an unknown role`);
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    office: row.office,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
    isDissentReviewer: row.is_dissent_reviewer === 1,
  };
}

/** The account named by id or login name, or nothing (the system actor is no account anyone administers). */
export async function findAccount(db: Kysely<DatabaseSchema>, ref: AccountRef): Promise<Account | undefined> {
  const query = db.selectFrom('users').select(COLUMNS).where('id', '<>', SYSTEM_ACTOR_ID);
  const row = await (
    'id' in ref ? query.where('id', '=', ref.id) : query.where('name', '=', ref.name)
  ).executeTakeFirst();
  return row && toAccount(row);
}

/** How many administrators can sign in. */
export async function countActiveAdmins(db: Kysely<DatabaseSchema>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Writes an account's role, office, disabled time and reviewer flag. */
export async function updateAccount(db: Kysely<DatabaseSchema>, account: Account): Promise<void> {
  await db
    .updateTable('users')
    .set({
      role: account.role,
      office: account.office,
      disabled_at: account.disabledAt,
      is_dissent_reviewer: account.isDissentReviewer ? 1 : 0,
    })
    .where('id', '=', account.id)
    .execute();
}

/** What a list of accounts may be narrowed to. */
export interface AccountFilter {
  role?: string;
  office?: string;
  status?: 'active' | 'disabled';
  isDissentReviewer?: boolean;
  afterName?: string;
  limit: number;
}

/** Accounts by login name (the system actor never), at most `limit`. */
export async function findAccounts(db: Kysely<DatabaseSchema>, filter: AccountFilter): Promise<Account[]> {
  let query = db.selectFrom('users').select(COLUMNS).where('id', '<>', SYSTEM_ACTOR_ID);
  if (filter.role !== undefined) query = query.where('role', '=', filter.role);
  if (filter.office !== undefined) query = query.where('office', '=', filter.office);
  if (filter.status === 'active') query = query.where('disabled_at', 'is', null);
  if (filter.status === 'disabled') query = query.where('disabled_at', 'is not', null);
  if (filter.isDissentReviewer !== undefined)
    query = query.where('is_dissent_reviewer', '=', filter.isDissentReviewer ? 1 : 0);
  if (filter.afterName !== undefined) query = query.where('name', '>', filter.afterName);
  const rows = await query.orderBy('name').limit(filter.limit).execute();
  return rows.map(toAccount);
}

/** Revokes every bearer token of a user that is not revoked yet; returns their ids. */
export async function revokeTokensOfUser(
  db: Kysely<DatabaseSchema>,
  userId: string,
  at: string,
): Promise<string[]> {
  const open = await db
    .selectFrom('api_tokens')
    .select('id')
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at')
    .execute();
  if (open.length === 0) return [];
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
  return open.map((t) => t.id);
}

// Users: accounts, roles, offices and their sealed signing keys.
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import type { DatabaseSchema, UsersTable } from '../db/schema.ts';

/** The columns a command needs to act as a user and sign for them. */
export type ActorRow = Pick<
  UsersTable,
  'id' | 'role' | 'office' | 'public_key' | 'private_key' | 'disabled_at'
>;

/** The acting user's row, or nothing. */
export const getActorRow = (db: Kysely<DatabaseSchema>, id: string): Promise<ActorRow | undefined> =>
  db
    .selectFrom('users')
    .select(['id', 'role', 'office', 'public_key', 'private_key', 'disabled_at'])
    .where('id', '=', id)
    .executeTakeFirst();

/** A user by login name, or nothing. */
export const findUserByName = (db: Kysely<DatabaseSchema>, name: string): Promise<UsersTable | undefined> =>
  db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();

/** A user by id, or nothing. */
export const findUserById = (db: Kysely<DatabaseSchema>, id: string): Promise<UsersTable | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

/** How many user accounts the store holds, disabled ones included; the system actor is not an account. */
export async function countUserAccounts(db: Kysely<DatabaseSchema>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(db.fn.countAll<number | string>().as('count'))
    .where('id', '!=', SYSTEM_ACTOR_ID)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Inserts a user row. */
export async function insertUser(db: Kysely<DatabaseSchema>, user: UsersTable): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

/** Users of a role (optionally in one office), by name. */
export const findUsersByRole = (
  db: Kysely<DatabaseSchema>,
  role: string,
  office?: string,
): Promise<UsersTable[]> => {
  let query = db.selectFrom('users').selectAll().where('role', '=', role).where('disabled_at', 'is', null);
  if (office !== undefined) query = query.where('office', '=', office);
  return query.orderBy('name').execute();
};

/** The names and roles of these users (ids that match no user are left out). */
export const findUserNames = (
  db: Kysely<DatabaseSchema>,
  ids: readonly string[],
): Promise<Array<Pick<UsersTable, 'id' | 'name' | 'role'>>> =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('users').select(['id', 'name', 'role']).where('id', 'in', ids).execute();

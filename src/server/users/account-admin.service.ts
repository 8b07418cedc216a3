// Account administration: list, create, disable (ending the user's sessions and tokens at once), enable, change role
// or office (ending sessions), designate dissent reviewers. Each change is one transaction with its signed events;
// administration changes are serialised on the ledger head, so two of them can never both remove "another" admin.
import type { CommandContext } from '../../domain/actor.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import { requireRole, type Transition } from '../../domain/transition.ts';
import type { Account } from '../../domain/users/account.ts';
import * as t from '../../domain/users/account.transitions.ts';
import type { AppContext } from '../app-context.ts';
import { revokeSessionsOfUser } from '../auth/session.repository.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { lockLedgerHead, type Transaction } from '../db/transaction.ts';
import { decodeCursor, pageOf } from '../paging/keyset-cursor.ts';
import {
  countActiveAdmins,
  findAccount,
  findAccounts,
  revokeTokensOfUser,
  updateAccount,
  type AccountFilter,
  type AccountRef,
} from './account.repository.ts';
import { getActorRow } from './user.repository.ts';
import { createUser, type NewUser } from './user.service.ts';

const ADMINISTRATORS = ['admin', 'system'] as const;

/** The one answer for an account that is not there (or is the system actor): the same body for every id. */
export const noSuchUser = (ref: AccountRef): Result<never> =>
  'id' in ref
    ? fail('NOT_FOUND', 'No such user.')
    : fail('NOT_FOUND', `No user named "${ref.name}"; \`refuge user list\` shows them.`, {
        userName: ref.name,
      });

type AccountChange = (account: Account, ctx: CommandContext, count: t.AdminCount) => Transition<Account>;
type Consequence = (trx: Transaction, account: Account, ctx: CommandContext) => Promise<DomainEvent[]>;

async function changeAccount(
  app: AppContext,
  actorId: string,
  ref: AccountRef,
  change: AccountChange,
  consequence?: Consequence,
): Promise<Result<Account>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    accept(requireRole(ctx, ADMINISTRATORS, 'administer accounts'));
    await lockLedgerHead(app.database, trx);
    const account = await findAccount(trx, ref);
    if (!account) accept(noSuchUser(ref));
    const next = accept(change(account!, ctx, { activeAdmins: await countActiveAdmins(trx) }));
    await updateAccount(trx, next.state);
    const more = consequence ? await consequence(trx, next.state, ctx) : [];
    return { value: next.state, events: [...next.events, ...more] };
  });
}

// A disabled user's sessions and tokens end in the same transaction: none of them works a moment longer.
const endCredentials: Consequence = async (trx, account, ctx) => {
  await revokeSessionsOfUser(trx, account.id, ctx.now);
  const tokens = await revokeTokensOfUser(trx, account.id, ctx.now);
  return tokens.map((tokenId) => ({
    type: 'token.revoked' as const,
    caseId: null,
    payload: { tokenId, userId: account.id },
  }));
};

// A new role or office means a new sign-in: pages open under the old role would offer acts it no longer has.
const endSessions: Consequence = async (trx, account, ctx) => {
  await revokeSessionsOfUser(trx, account.id, ctx.now);
  return [];
};

/** Disables an account with a reason; its sessions and bearer tokens end at once. */
export const disableUser = (app: AppContext, actorId: string, ref: AccountRef, reason: string) =>
  changeAccount(
    app,
    actorId,
    ref,
    (a, ctx, count) => t.disableAccount(a, { reason }, ctx, count),
    endCredentials,
  );

/** Enables a disabled account. */
export const enableUser = (app: AppContext, actorId: string, ref: AccountRef) =>
  changeAccount(app, actorId, ref, (a, ctx) => t.enableAccount(a, ctx));

/** Changes an account's role and office; its sessions end. */
export const changeUserRole = (
  app: AppContext,
  actorId: string,
  ref: AccountRef,
  input: { role: string; office?: string | null },
) => changeAccount(app, actorId, ref, (a, ctx, count) => t.changeRole(a, input, ctx, count), endSessions);

/** Designates a dissent reviewer, or removes the designation. */
export const setUserDissentReviewer = (
  app: AppContext,
  actorId: string,
  ref: AccountRef,
  isReviewer: boolean,
) => changeAccount(app, actorId, ref, (a, ctx) => t.setDissentReviewer(a, { isReviewer }, ctx));

/** Creates an account (the password hashed with argon2id, given once) and returns it as administration sees it. */
export async function createAccount(
  app: AppContext,
  actorId: string,
  input: NewUser,
): Promise<Result<Account>> {
  const created = await createUser(app, actorId, input);
  if (!created.ok) return created;
  const account = await findAccount(app.database.db, { id: created.value.id });
  return account ? ok(account) : noSuchUser({ id: created.value.id });
}

/** A page of accounts by login name, for an administrator. */
export async function listAccounts(
  app: AppContext,
  actorId: string,
  filter: Omit<AccountFilter, 'afterName'> & { cursor?: string },
): Promise<Result<{ items: Account[]; nextCursor: string | null }>> {
  const actor = await getActorRow(app.database.db, actorId);
  if (!actor || !(ADMINISTRATORS as readonly string[]).includes(actor.role))
    return fail('FORBIDDEN', 'Only administrators may list accounts.');
  const after = decodeCursor(filter.cursor, ['string'] as const);
  const rows = await findAccounts(app.database.db, {
    ...filter,
    afterName: after?.[0],
    limit: filter.limit + 1,
  });
  return ok(pageOf(rows, filter.limit, (last) => [last.name]));
}

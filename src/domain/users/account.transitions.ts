// What an administrator does to an account, each a pure function: disable (with a reason), enable, change role or
// office, designate or remove a dissent reviewer. Every change keeps at least one active administrator.
import { isRole, ROLES, type CommandContext, type Role } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import { requireRole, requireText, type Transition } from '../transition.ts';
import { isActiveAdmin, mayReviewDissents, worksInOffice, type Account } from './account.ts';

/** The longest reason for disabling an account. */
export const MAX_REASON_CHARS = 1000;

/** How many administrators can still sign in, the account itself included (the store counts them). */
export interface AdminCount {
  activeAdmins: number;
}

const ADMINISTRATORS: readonly Role[] = ['admin', 'system'];

// Refuses a change that would leave no administrator able to sign in.
function keepsAnAdmin(account: Account, after: Account, count: AdminCount, act: string): Result<true> {
  if (isActiveAdmin(account) && !isActiveAdmin(after) && count.activeAdmins <= 1)
    return fail(
      'INVALID_TRANSITION',
      `Cannot ${act}: ${account.name} is the last active administrator. Make another user an administrator first.`,
      { userId: account.id },
    );
  return ok(true);
}

/** Disables an account: it can no longer sign in, and its sessions and tokens end (the service ends them). */
export function disableAccount(
  account: Account,
  input: { reason: string },
  ctx: CommandContext,
  count: AdminCount,
): Transition<Account> {
  const allowed = requireRole(ctx, ADMINISTRATORS, 'disable accounts');
  if (!allowed.ok) return allowed;
  const reason = requireText('reason', input.reason, 'A reason for disabling the account');
  if (!reason.ok) return reason;
  if (reason.value.length > MAX_REASON_CHARS)
    return fail('VALIDATION_FAILED', `The reason is over ${MAX_REASON_CHARS} characters; shorten it.`, {
      field: 'reason',
    });
  if (account.disabledAt !== null)
    return fail('INVALID_TRANSITION', `The account ${account.name} is already disabled.`);
  const state: Account = { ...account, disabledAt: ctx.now };
  const kept = keepsAnAdmin(account, state, count, `disable ${account.name}`);
  if (!kept.ok) return kept;
  return ok({
    state,
    events: [{ type: 'user.disabled', caseId: null, payload: { userId: account.id, reason: reason.value } }],
  });
}

/** Enables a disabled account (its user signs in again; old sessions and tokens stay ended). */
export function enableAccount(account: Account, ctx: CommandContext): Transition<Account> {
  const allowed = requireRole(ctx, ADMINISTRATORS, 'enable accounts');
  if (!allowed.ok) return allowed;
  if (account.disabledAt === null)
    return fail('INVALID_TRANSITION', `The account ${account.name} is not disabled.`);
  return ok({
    state: { ...account, disabledAt: null },
    events: [{ type: 'user.enabled', caseId: null, payload: { userId: account.id } }],
  });
}

/** Changes an account's role and office. Without an office, a role that works in one keeps the current office. A
 * dissent reviewer moved to a role that may not review stops being one. */
export function changeRole(
  account: Account,
  input: { role: string; office?: string | null },
  ctx: CommandContext,
  count: AdminCount,
): Transition<Account> {
  const allowed = requireRole(ctx, ADMINISTRATORS, 'change roles');
  if (!allowed.ok) return allowed;
  if (!isRole(input.role) || input.role === 'system')
    return fail(
      'VALIDATION_FAILED',
      `Unknown role "${input.role}"; use one of: ${ROLES.filter((r) => r !== 'system').join(', ')}.`,
      { field: 'role' },
    );
  const role = input.role;
  const given = input.office?.trim();
  const office = given ? given : worksInOffice(role) ? account.office : null;
  if (worksInOffice(role) && !office)
    return fail('VALIDATION_FAILED', `A ${role} user works in an office: give the office.`, {
      field: 'office',
    });
  if (role === account.role && office === account.office)
    return fail(
      'INVALID_TRANSITION',
      `${account.name} is already ${role}${office ? ` in ${office}` : ''}; nothing to change.`,
    );
  const keepsReviewer = account.isDissentReviewer && mayReviewDissents(role);
  const state: Account = { ...account, role, office, isDissentReviewer: keepsReviewer };
  const kept = keepsAnAdmin(account, state, count, `change the role of ${account.name}`);
  if (!kept.ok) return kept;
  return ok({
    state,
    events: [
      { type: 'user.role_changed', caseId: null, payload: { userId: account.id, role, office } },
      ...(account.isDissentReviewer && !keepsReviewer
        ? [
            {
              type: 'user.dissent_reviewer_set' as const,
              caseId: null,
              payload: { userId: account.id, isReviewer: false },
            },
          ]
        : []),
    ],
  });
}

/** Designates an account as a dissent reviewer, or removes the designation. */
export function setDissentReviewer(
  account: Account,
  input: { isReviewer: boolean },
  ctx: CommandContext,
): Transition<Account> {
  const allowed = requireRole(ctx, ADMINISTRATORS, 'designate dissent reviewers');
  if (!allowed.ok) return allowed;
  if (account.isDissentReviewer === input.isReviewer)
    return fail(
      'INVALID_TRANSITION',
      `${account.name} ${input.isReviewer ? 'is already' : 'is not'} a dissent reviewer.`,
    );
  if (input.isReviewer && !mayReviewDissents(account.role))
    return fail(
      'INVALID_TRANSITION',
      `A ${account.role} user cannot review dissents; reviewers are officer, supervisor, analyst or admin users.`,
      { role: account.role },
    );
  if (input.isReviewer && account.disabledAt !== null)
    return fail('INVALID_TRANSITION', `The account ${account.name} is disabled; enable it first.`);
  return ok({
    state: { ...account, isDissentReviewer: input.isReviewer },
    events: [
      {
        type: 'user.dissent_reviewer_set',
        caseId: null,
        payload: { userId: account.id, isReviewer: input.isReviewer },
      },
    ],
  });
}

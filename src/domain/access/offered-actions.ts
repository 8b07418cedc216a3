// What a viewer is offered on a case file: an act the record's rules allow now AND the need-to-know policy lets
// this viewer do on this case (the route of each act declares the same policy action), so the web app never offers
// what the API would refuse.
import type { CommandContext } from '../actor.ts';
import { allowedCaseActions, type CaseActionFacts, type CaseActionName } from '../cases/allowed-actions.ts';
import type { CaseRecord } from '../cases/case.ts';
import type { ConsistencyFlag } from '../flags/flag.transitions.ts';
import { allowedScreeningActions, type ScreeningAction } from '../screenings/allowed-actions.ts';
import type { Screening } from '../screenings/screening.ts';
import { decideCaseAccess, type CaseAccessFacts, type CaseAction } from './need-to-know.ts';

/** The policy action each case act's route declares. */
export const CASE_ACTION_POLICY: Record<CaseActionName, CaseAction> = {
  enrol_mpp: 'case.intake',
  exempt_mpp: 'case.intake',
  return_to_mexico: 'case.intake',
  claim_fear: 'case.intake',
  report_harm: 'case.report_harm',
};

/** The policy action each screening act's route declares (a supervisor schedules as a supervisor of the office, the
 * assigned officer as part of their work; the office's intake or supervisor serves a determination). */
export const SCREENING_ACTION_POLICY: Record<ScreeningAction, CaseAction> = {
  assign: 'screening.assign',
  dissolve: 'screening.assign',
  reconsider: 'screening.assign',
  decline: 'screening.work',
  schedule: 'screening.schedule',
  interview: 'screening.work',
  decide: 'screening.work',
  serve: 'screening.serve',
  review: 'screening.review',
  request_ij_review: 'screening.ij_review',
  decline_ij_review: 'screening.ij_review',
  ij_decide: 'screening.ij_review',
};

/** The acts on a flag and their policy action. */
export const FLAG_ACTION_POLICY = { clear: 'flag.clear' } as const satisfies Record<string, CaseAction>;

const permits = (ctx: CommandContext, action: CaseAction, facts: CaseAccessFacts, screeningId?: string) =>
  decideCaseAccess(ctx.actor, action, facts, screeningId).allowed;

/** The case acts offered to this viewer. */
export function offeredCaseActions(
  record: CaseRecord,
  ctx: CommandContext,
  facts: CaseAccessFacts,
  state: CaseActionFacts,
): CaseActionName[] {
  return allowedCaseActions(record, ctx, state).filter((name) =>
    permits(ctx, CASE_ACTION_POLICY[name], facts),
  );
}

/** The acts on one screening offered to this viewer. */
export function offeredScreeningActions(
  screening: Screening,
  ctx: CommandContext,
  facts: CaseAccessFacts,
): ScreeningAction[] {
  return allowedScreeningActions(screening, ctx).filter((name) =>
    permits(ctx, SCREENING_ACTION_POLICY[name], facts, screening.id),
  );
}

/** The acts on one flag offered to this viewer. */
export function offeredFlagActions(
  flag: ConsistencyFlag,
  ctx: CommandContext,
  facts: CaseAccessFacts,
): Array<keyof typeof FLAG_ACTION_POLICY> {
  return flag.status === 'open' &&
    ctx.actor.role === 'supervisor' &&
    permits(ctx, FLAG_ACTION_POLICY.clear, facts)
    ? ['clear']
    : [];
}

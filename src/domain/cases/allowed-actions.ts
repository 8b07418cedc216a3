// What the UI may offer on a case: the same role and state rules the case transitions enforce, asked before acting.
import type { CommandContext, Role } from '../actor.ts';
import { HARM_REPORT_ROLES } from '../harm/harm-report.ts';
import type { CaseRecord } from './case.ts';
import { CASE_ACT_ROLES } from './case.transitions.ts';

/** The acts on a case itself (its screenings, flags and proceedings have their own). */
export const CASE_ACTION_NAMES = [
  'enrol_mpp',
  'exempt_mpp',
  'return_to_mexico',
  'claim_fear',
  'report_harm',
] as const;
export type CaseActionName = (typeof CASE_ACTION_NAMES)[number];

/** What the record cannot tell by itself: whether a screening of the case is not yet decided and served. */
export interface CaseActionFacts {
  hasOpenScreening: boolean;
}

const may = (roles: readonly Role[], role: Role): boolean => roles.includes(role);

/** The acts the actor may take on the case now. Input-dependent checks (dates, override reasons, a Mexican
 * national's enrolment) are left to the transition: the form asks for the input and shows its rejection. */
export function allowedCaseActions(
  record: CaseRecord,
  ctx: CommandContext,
  facts: CaseActionFacts,
): CaseActionName[] {
  const role = ctx.actor.role;
  const mpp = record.mpp.state;
  const actions: CaseActionName[] = [];
  if (may(CASE_ACT_ROLES.enrol, role) && mpp === 'pending') actions.push('enrol_mpp');
  if (may(CASE_ACT_ROLES.exempt, role) && (mpp === 'pending' || mpp === 'enrolled'))
    actions.push('exempt_mpp');
  if (
    may(CASE_ACT_ROLES.returnToMexico, role) &&
    (mpp === 'enrolled' || mpp === 'exempt' || mpp === 'not_amenable') &&
    !facts.hasOpenScreening
  )
    actions.push('return_to_mexico');
  if (
    may(CASE_ACT_ROLES.claimFear, role) &&
    record.status === 'open' &&
    !(record.track === 'mpp' && (mpp === 'exempt' || mpp === 'not_amenable'))
  )
    actions.push('claim_fear');
  if (may(HARM_REPORT_ROLES, role) && record.returns.length > 0) actions.push('report_harm');
  return actions;
}

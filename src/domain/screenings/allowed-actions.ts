// What the rules allow on a screening now: the same rules the transitions enforce, asked before acting.
// `access/offered-actions.ts` joins them to the need-to-know policy for a given viewer.
import type { CommandContext } from '../actor.ts';
import { hasIjReview } from './legal-standard.ts';
import { BEFORE_DECISION, IJ_ANSWER_ROLES } from './screening-guards.ts';
import { latestDetermination, type Screening } from './screening.ts';

/** Every action a screening offers, by the name the UI and the API use. */
export const SCREENING_ACTIONS = [
  'assign',
  'dissolve',
  'decline',
  'schedule',
  'interview',
  'decide',
  'review',
  'serve',
  'request_ij_review',
  'decline_ij_review',
  'ij_decide',
  'reconsider',
] as const;
export type ScreeningAction = (typeof SCREENING_ACTIONS)[number];

/** The actions the actor may take on a screening now: what the UI offers is what the server would accept. */
export function allowedScreeningActions(s: Screening, ctx: CommandContext): ScreeningAction[] {
  const actions: ScreeningAction[] = [];
  const isAssigned = s.officerId === ctx.actor.id;
  const role = ctx.actor.role;
  if (role === 'supervisor' && BEFORE_DECISION.includes(s.status)) actions.push('assign');
  if (role === 'supervisor' && [...BEFORE_DECISION, 'decided', 'approved'].includes(s.status))
    actions.push('dissolve');
  if (isAssigned && BEFORE_DECISION.includes(s.status)) actions.push('decline');
  if ((role === 'supervisor' || isAssigned) && (s.status === 'referred' || s.status === 'scheduled'))
    actions.push('schedule');
  if (isAssigned && s.status === 'scheduled') actions.push('interview');
  if (isAssigned && s.status === 'interviewed') actions.push('decide');
  if (role === 'supervisor' && s.status === 'decided' && latestDetermination(s)?.officerId !== ctx.actor.id)
    actions.push('review');
  if (
    s.status === 'approved' &&
    role !== 'court' &&
    role !== 'counsel' &&
    role !== 'analyst' &&
    role !== 'admin'
  )
    actions.push('serve');
  const answersIjQuestion = (IJ_ANSWER_ROLES as readonly string[]).includes(role);
  if (
    answersIjQuestion &&
    s.status === 'served' &&
    hasIjReview(s.kind) &&
    latestDetermination(s)?.result === 'negative'
  )
    actions.push('request_ij_review', 'decline_ij_review');
  if (role === 'court' && s.status === 'ij_review_requested') actions.push('ij_decide');
  if (
    role === 'supervisor' &&
    ['served', 'ij_review_declined', 'ij_affirmed'].includes(s.status) &&
    latestDetermination(s)?.result === 'negative'
  )
    actions.push('reconsider');
  return actions;
}

// The interview stage: scheduling it (after the consultation period where the law gives one) and recording it.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import { addHours, parseInstant } from '../time.ts';
import { requireRole, type Transition } from '../transition.ts';
import { legalStandardFor } from './legal-standard.ts';
import { inStatus, requireAssignedOfficer, validInstant } from './screening-guards.ts';
import type { Screening, Testimony } from './screening.ts';
import { validateTestimony } from './testimony.ts';

/** The consultation period before a credible-fear interview (USCIS; the 2019 one-day version was voided in 2020). */
export const CONSULTATION_HOURS = 48;

/** Schedules the interview. A credible-fear interview waits out the consultation period unless it was waived. */
export function scheduleInterview(
  s: Screening,
  input: { interviewAt: string; consultationWaived?: boolean },
  ctx: CommandContext,
): Transition<Screening> {
  const role = requireRole(ctx, ['supervisor', 'officer', 'system'], 'schedule an interview');
  if (!role.ok) return role;
  const status = inStatus(s, ['referred', 'scheduled'], 'schedule the interview');
  if (!status.ok) return status;
  if (ctx.actor.role === 'officer') {
    const assigned = requireAssignedOfficer(s, ctx, 'schedule the interview');
    if (!assigned.ok) return assigned;
  }
  const at = parseInstant('interviewAt', input.interviewAt);
  if (!at.ok) return at;
  if (at.value < s.referredAt)
    return fail('VALIDATION_FAILED', 'The interview cannot be before the referral.', {
      field: 'interviewAt',
    });
  const waived = input.consultationWaived ?? false;
  const consultation = checkConsultation(s, at.value, waived);
  if (!consultation.ok) return consultation;
  const standard = legalStandardFor(s.kind, at.value);
  if (!standard.ok) return standard;
  return ok({
    state: { ...s, status: 'scheduled', interviewAt: at.value, consultationWaived: waived },
    events: [
      {
        type: 'screening.scheduled',
        caseId: s.caseId,
        payload: { screeningId: s.id, interviewAt: at.value, consultationWaived: waived },
      },
    ],
  });
}

function checkConsultation(s: Screening, interviewAt: string, waived: boolean): Result<true> {
  if (s.kind !== 'credible_fear' || waived || s.detentionArrivalAt === null) return ok(true);
  const earliest = addHours(s.detentionArrivalAt, CONSULTATION_HOURS);
  return interviewAt >= earliest
    ? ok(true)
    : fail(
        'INVALID_TRANSITION',
        `A credible-fear interview must wait ${CONSULTATION_HOURS} hours after arrival at the detention site (until ${earliest}) unless the person waives it.`,
        { earliest },
      );
}

/** The assigned officer records the interview and its testimony elements. */
export function recordInterview(
  s: Screening,
  input: { at: string; testimony: Testimony },
  ctx: CommandContext,
): Transition<Screening> {
  const status = inStatus(s, ['scheduled'], 'record the interview');
  if (!status.ok) return status;
  const assigned = requireAssignedOfficer(s, ctx, 'record the interview');
  if (!assigned.ok) return assigned;
  const at = validInstant('at', input.at, ctx);
  if (!at.ok) return at;
  if (at.value < s.referredAt)
    return fail('VALIDATION_FAILED', 'The interview cannot be before the referral.', { field: 'at' });
  const consultation = checkConsultation(s, at.value, s.consultationWaived);
  if (!consultation.ok) return consultation;
  const testimony = validateTestimony(input.testimony);
  if (!testimony.ok) return testimony;
  const interview = { at: at.value, officerId: ctx.actor.id, testimony: testimony.value };
  return ok({
    state: { ...s, status: 'interviewed', interview },
    events: [
      {
        type: 'screening.interviewed',
        caseId: s.caseId,
        payload: { screeningId: s.id, ...interview, testimony: { ...interview.testimony } },
      },
    ],
  });
}

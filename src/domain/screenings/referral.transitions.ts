// A screening's opening and its early end: the referral on a fear claim, and dissolution when the claim is withdrawn.
import type { CommandContext } from '../actor.ts';
import { fail, ok } from '../errors.ts';
import { requireRole, requireText, type Transition } from '../transition.ts';
import { legalStandardFor, SCREENING_KINDS, type ScreeningKind } from './legal-standard.ts';
import { BEFORE_DECISION, inStatus, validInstant } from './screening-guards.ts';
import type { Screening } from './screening.ts';

/** Who may refer a fear claim to a screening: the officers who hear it (CBP, USCIS, the court) and the system. */
const REFERRING_ROLES = ['intake', 'officer', 'supervisor', 'court', 'system'] as const;

export interface ReferInput {
  id: string;
  caseId: string;
  kind: string;
  office: string;
  referredAt: string;
  detentionArrivalAt?: string | null;
}

/** Opens a screening on referral. An MPP interview can only be referred while MPP is in force. */
export function referScreening(input: ReferInput, ctx: CommandContext): Transition<Screening> {
  const role = requireRole(ctx, REFERRING_ROLES, 'refer a screening');
  if (!role.ok) return role;
  if (!(SCREENING_KINDS as readonly string[]).includes(input.kind)) {
    return fail(
      'VALIDATION_FAILED',
      `Unknown screening kind "${input.kind}"; use one of: ${SCREENING_KINDS.join(', ')}.`,
      { field: 'kind' },
    );
  }
  const kind = input.kind as ScreeningKind;
  const referredAt = validInstant('referredAt', input.referredAt, ctx);
  if (!referredAt.ok) return referredAt;
  const standard = legalStandardFor(kind, referredAt.value);
  if (!standard.ok) return standard;
  let arrival: string | null = null;
  if (input.detentionArrivalAt) {
    const parsed = validInstant('detentionArrivalAt', input.detentionArrivalAt, ctx);
    if (!parsed.ok) return parsed;
    arrival = parsed.value;
  }
  const screening: Screening = {
    id: input.id,
    caseId: input.caseId,
    kind,
    office: input.office,
    status: 'referred',
    referredAt: referredAt.value,
    officerId: null,
    declinedBy: [],
    detentionArrivalAt: arrival,
    consultationWaived: false,
    interviewAt: null,
    interview: null,
    determinations: [],
    reviews: [],
    servedAt: null,
    ijReview: { requestedAt: null, declinedAt: null, decision: null, decidedAt: null },
    dissolvedReason: null,
  };
  return ok({
    state: screening,
    events: [
      {
        type: 'screening.referred',
        caseId: input.caseId,
        payload: {
          screeningId: input.id,
          kind,
          office: input.office,
          referredAt: referredAt.value,
          detentionArrivalAt: arrival,
        },
      },
    ],
  });
}

/** A supervisor dissolves a screening that is withdrawn before its determination is served. */
export function dissolveScreening(
  s: Screening,
  input: { reason: string },
  ctx: CommandContext,
): Transition<Screening> {
  const role = requireRole(ctx, ['supervisor'], 'dissolve a screening');
  if (!role.ok) return role;
  const status = inStatus(s, [...BEFORE_DECISION, 'decided', 'approved'], 'dissolve');
  if (!status.ok) return status;
  const reason = requireText('reason', input.reason, 'A reason for dissolving');
  if (!reason.ok) return reason;
  return ok({
    state: { ...s, status: 'dissolved', dissolvedReason: reason.value },
    events: [
      { type: 'screening.dissolved', caseId: s.caseId, payload: { screeningId: s.id, reason: reason.value } },
    ],
  });
}

// The last stage: the approved determination is served on the person, who may ask an immigration judge to review
// a negative credible- or reasonable-fear determination (MPP gives no such review).
import type { CommandContext } from '../actor.ts';
import { parseCourtCode } from '../court/court-code.ts';
import { fail, ok, type Result } from '../errors.ts';
import { requireRole, type Transition } from '../transition.ts';
import { hasIjReview } from './legal-standard.ts';
import { IJ_ANSWER_ROLES, inStatus, validInstant } from './screening-guards.ts';
import { latestDetermination, type Screening } from './screening.ts';

/** The approved determination is served on the person. */
export function serveDetermination(
  s: Screening,
  input: { at: string },
  ctx: CommandContext,
): Transition<Screening> {
  const role = requireRole(ctx, ['officer', 'supervisor', 'intake', 'system'], 'serve a determination');
  if (!role.ok) return role;
  const status = inStatus(s, ['approved'], 'serve the determination');
  if (!status.ok) return status;
  const at = validInstant('at', input.at, ctx);
  if (!at.ok) return at;
  const result = latestDetermination(s)?.result ?? 'negative';
  return ok({
    state: { ...s, status: 'served', servedAt: at.value },
    events: [
      {
        type: 'screening.served',
        caseId: s.caseId,
        payload: { screeningId: s.id, at: at.value, result, kind: s.kind },
      },
    ],
  });
}

function requireReviewableNegative(s: Screening, act: string, ctx: CommandContext): Result<true> {
  const role = requireRole(ctx, IJ_ANSWER_ROLES, act);
  if (!role.ok) return role;
  if (!hasIjReview(s.kind))
    return fail(
      'NO_IJ_REVIEW',
      'There is no immigration-judge review of an MPP determination; fear can be raised again, which opens a new screening.',
    );
  const status = inStatus(s, ['served'], act);
  if (!status.ok) return status;
  if (latestDetermination(s)?.result !== 'negative')
    return fail('INVALID_TRANSITION', `Cannot ${act}: only a negative determination goes to IJ review.`);
  return ok(true);
}

function afterService(field: string, value: string, s: Screening, ctx: CommandContext): Result<string> {
  const at = validInstant(field, value, ctx);
  if (!at.ok || s.servedAt === null || at.value >= s.servedAt) return at;
  return fail(
    'VALIDATION_FAILED',
    `The answer to the IJ-review question (${at.value}) cannot precede service of the determination (${s.servedAt}).`,
    { field },
  );
}

// The court a request for IJ review names (its judges and clerks see the case from then on), if one is named.
function reviewingCourt(court: string | null | undefined): Result<string | null> {
  return court === undefined || court === null ? ok(null) : parseCourtCode('court', court);
}

/** The person asks for IJ review of a negative credible- or reasonable-fear determination, before the named court. */
export function requestIjReview(
  s: Screening,
  input: { at: string; court?: string | null },
  ctx: CommandContext,
): Transition<Screening> {
  const allowed = requireReviewableNegative(s, 'request IJ review', ctx);
  if (!allowed.ok) return allowed;
  const at = afterService('at', input.at, s, ctx);
  if (!at.ok) return at;
  const court = reviewingCourt(input.court);
  if (!court.ok) return court;
  return ok({
    state: {
      ...s,
      status: 'ij_review_requested',
      ijReview: { ...s.ijReview, requestedAt: at.value, ...(court.value ? { court: court.value } : {}) },
    },
    events: [
      {
        type: 'screening.ij_review_requested',
        caseId: s.caseId,
        payload: { screeningId: s.id, at: at.value, ...(court.value ? { court: court.value } : {}) },
      },
    ],
  });
}

/** The person declines IJ review. Refusing to say counts as declining for reasonable fear, as a request for credible fear. */
export function declineIjReview(
  s: Screening,
  input: { at: string; refusedToIndicate: boolean; court?: string | null },
  ctx: CommandContext,
): Transition<Screening> {
  const allowed = requireReviewableNegative(s, 'decline IJ review', ctx);
  if (!allowed.ok) return allowed;
  const at = afterService('at', input.at, s, ctx);
  if (!at.ok) return at;
  if (s.kind === 'credible_fear' && input.refusedToIndicate) {
    // 8 CFR 208.30(g): for credible fear, a refusal to say counts as a request for review (for reasonable fear,
    // 8 CFR 208.31(f), it counts as declining). The 2020 rule that reversed this was enjoined.
    const court = reviewingCourt(input.court);
    if (!court.ok) return court;
    return ok({
      state: {
        ...s,
        status: 'ij_review_requested',
        ijReview: { ...s.ijReview, requestedAt: at.value, ...(court.value ? { court: court.value } : {}) },
      },
      events: [
        {
          type: 'screening.ij_review_requested',
          caseId: s.caseId,
          payload: {
            screeningId: s.id,
            at: at.value,
            byRefusalToIndicate: true,
            ...(court.value ? { court: court.value } : {}),
          },
        },
      ],
    });
  }
  return ok({
    state: { ...s, status: 'ij_review_declined', ijReview: { ...s.ijReview, declinedAt: at.value } },
    events: [
      {
        type: 'screening.ij_review_declined',
        caseId: s.caseId,
        payload: { screeningId: s.id, at: at.value, refusedToIndicate: input.refusedToIndicate },
      },
    ],
  });
}

/** The immigration judge decides the review de novo: affirm (removal) or vacate (NTA, proceedings). */
export function recordIjDecision(
  s: Screening,
  input: { decision: string; at: string },
  ctx: CommandContext,
): Transition<Screening> {
  const role = requireRole(ctx, ['court'], 'record an IJ review decision');
  if (!role.ok) return role;
  const status = inStatus(s, ['ij_review_requested'], 'record the IJ decision');
  if (!status.ok) return status;
  if (s.ijReview.court && s.ijReview.court !== ctx.actor.office)
    return fail(
      'FORBIDDEN',
      `This review lies before the ${s.ijReview.court} court; only its judges decide it.`,
      { court: s.ijReview.court },
    );
  if (input.decision !== 'affirmed' && input.decision !== 'vacated')
    return fail('VALIDATION_FAILED', `An IJ review ends "affirmed" or "vacated"; got "${input.decision}".`, {
      field: 'decision',
    });
  const at = validInstant('at', input.at, ctx);
  if (!at.ok) return at;
  if (s.ijReview.requestedAt !== null && at.value < s.ijReview.requestedAt) {
    return fail(
      'VALIDATION_FAILED',
      `The IJ decision (${at.value}) cannot precede the request for review (${s.ijReview.requestedAt}).`,
      { field: 'at' },
    );
  }
  const decision = input.decision;
  return ok({
    state: {
      ...s,
      status: decision === 'affirmed' ? 'ij_affirmed' : 'ij_vacated',
      ijReview: { ...s.ijReview, decision, decidedAt: at.value },
    },
    events: [
      {
        type: 'screening.ij_decided',
        caseId: s.caseId,
        payload: { screeningId: s.id, decision, at: at.value },
      },
    ],
  });
}

// The screening's transitions, each a pure function: (screening, command, context) → new screening and events, or a rejection.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import { parseCourtCode } from '../court/court-code.ts';
import { addHours, notInFuture, parseInstant } from '../time.ts';
import { requireRole, requireText, type Transition } from '../transition.ts';
import {
  checkLegalStandard,
  hasIjReview,
  LEGAL_STANDARDS,
  legalStandardFor,
  SCREENING_KINDS,
  type LegalStandard,
  type ScreeningKind,
} from './legal-standard.ts';
import { latestDetermination, type Screening, type ScreeningStatus, type Testimony } from './screening.ts';
import { validateTestimony } from './testimony.ts';

/** The consultation period before a credible-fear interview (USCIS; the 2019 one-day version was voided in 2020). */
export const CONSULTATION_HOURS = 48;

const BEFORE_DECISION: readonly ScreeningStatus[] = ['referred', 'scheduled', 'interviewed'];
/** Who may refer a fear claim to a screening: the officers who hear it (CBP, USCIS, the court) and the system. */
const REFERRING_ROLES = ['intake', 'officer', 'supervisor', 'court', 'system'] as const;
/** Who may record the person's answer to the IJ-review question (never analysts or admins, who see no case content). */
const IJ_ANSWER_ROLES = ['officer', 'supervisor', 'intake', 'court', 'counsel', 'system'] as const;

function inStatus(s: Screening, allowed: readonly ScreeningStatus[], act: string): Result<true> {
  return allowed.includes(s.status)
    ? ok(true)
    : fail(
        'INVALID_TRANSITION',
        `Cannot ${act}: the screening is "${s.status}" (allowed when ${allowed.join(' or ')}).`,
        { status: s.status, allowed },
      );
}

function requireAssignedOfficer(s: Screening, ctx: CommandContext, act: string): Result<true> {
  if (s.officerId === null)
    return fail(
      'NOT_ASSIGNED',
      `Cannot ${act}: the screening is not assigned to an officer; a supervisor must assign it first.`,
    );
  if (s.officerId !== ctx.actor.id)
    return fail('NOT_ASSIGNED', `Cannot ${act}: the screening is assigned to another officer.`);
  return ok(true);
}

function validInstant(field: string, value: string, ctx: CommandContext): Result<string> {
  const at = parseInstant(field, value);
  if (!at.ok) return at;
  return notInFuture(field, at.value, ctx.now);
}

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

/** A supervisor assigns the screening. Never to an officer who declined it or its whole category. */
export function assignScreening(
  s: Screening,
  input: { officerId: string; officerRole: string; declinedCategories: readonly string[] },
  ctx: CommandContext,
): Transition<Screening> {
  const role = requireRole(ctx, ['supervisor', 'system'], 'assign a screening');
  if (!role.ok) return role;
  const status = inStatus(s, BEFORE_DECISION, 'assign');
  if (!status.ok) return status;
  if (input.officerRole !== 'officer')
    return fail('VALIDATION_FAILED', 'Screenings are assigned to asylum officers only.', {
      field: 'officerId',
    });
  if (s.declinedBy.includes(input.officerId)) {
    return fail(
      'CONFLICT',
      'That officer declined this screening on grounds of conscience; assign another officer.',
      { officerId: input.officerId },
    );
  }
  if (input.declinedCategories.includes(s.kind)) {
    return fail(
      'CONFLICT',
      `That officer has declined all ${s.kind.replace(/_/g, ' ')} screenings on grounds of conscience; assign another officer.`,
      { officerId: input.officerId, category: s.kind },
    );
  }
  return ok({
    state: { ...s, officerId: input.officerId },
    events: [
      {
        type: 'screening.assigned',
        caseId: s.caseId,
        payload: { screeningId: s.id, officerId: input.officerId, previousOfficerId: s.officerId },
      },
    ],
  });
}

/** The assigned officer declines on grounds of conscience: the screening goes back to the supervisor's queue, nothing lost. */
export function declineAssignment(
  s: Screening,
  input: { reason: string },
  ctx: CommandContext,
): Transition<Screening> {
  const status = inStatus(s, BEFORE_DECISION, 'decline');
  if (!status.ok) return status;
  const assigned = requireAssignedOfficer(s, ctx, 'decline');
  if (!assigned.ok) return assigned;
  const reason = requireText('reason', input.reason, 'A reason for declining');
  if (!reason.ok) return reason;
  return ok({
    state: { ...s, officerId: null, declinedBy: [...s.declinedBy, ctx.actor.id] },
    events: [
      {
        type: 'screening.declined',
        caseId: s.caseId,
        payload: { screeningId: s.id, officerId: ctx.actor.id, reason: reason.value, category: s.kind },
      },
    ],
  });
}

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

/** The assigned officer decides under the screening's legal standard, with reasons; the event carries their signature. */
export function decideScreening(
  s: Screening,
  input: { result: string; standard: string; reasoning: string },
  ctx: CommandContext,
): Transition<Screening> {
  const status = inStatus(s, ['interviewed'], 'decide');
  if (!status.ok) return status;
  const assigned = requireAssignedOfficer(s, ctx, 'decide');
  if (!assigned.ok) return assigned;
  if (input.result !== 'positive' && input.result !== 'negative')
    return fail('VALIDATION_FAILED', `A determination is "positive" or "negative"; got "${input.result}".`, {
      field: 'result',
    });
  if (!(LEGAL_STANDARDS as readonly string[]).includes(input.standard)) {
    return fail(
      'VALIDATION_FAILED',
      `Unknown legal standard "${input.standard}"; use one of: ${LEGAL_STANDARDS.join(', ')}.`,
      { field: 'standard' },
    );
  }
  const standard = checkLegalStandard(
    s.kind,
    s.interview?.at ?? s.referredAt,
    input.standard as LegalStandard,
  );
  if (!standard.ok) return standard;
  const reasoning = requireText('reasoning', input.reasoning, 'The reasoning of the determination');
  if (!reasoning.ok) return reasoning;
  const determination = {
    result: input.result,
    standard: standard.value,
    reasoning: reasoning.value,
    officerId: ctx.actor.id,
    at: ctx.now,
  } as const;
  return ok({
    state: { ...s, status: 'decided', determinations: [...s.determinations, determination] },
    events: [
      { type: 'screening.decided', caseId: s.caseId, payload: { screeningId: s.id, ...determination } },
    ],
  });
}

/** A supervisor reviews every determination: concur, or return it for rework (with a note). Nobody reviews their own. */
export function reviewDetermination(
  s: Screening,
  input: { outcome: string; note: string },
  ctx: CommandContext,
): Transition<Screening> {
  const role = requireRole(ctx, ['supervisor'], 'review a determination');
  if (!role.ok) return role;
  const status = inStatus(s, ['decided'], 'review');
  if (!status.ok) return status;
  if (latestDetermination(s)?.officerId === ctx.actor.id)
    return fail('FORBIDDEN', 'A supervisor cannot review a determination they made themselves.');
  if (input.outcome !== 'concur' && input.outcome !== 'return')
    return fail('VALIDATION_FAILED', `A review is "concur" or "return"; got "${input.outcome}".`, {
      field: 'outcome',
    });
  if (input.outcome === 'return' && !input.note.trim())
    return fail('VALIDATION_FAILED', 'Say what needs rework when returning a determination (note).', {
      field: 'note',
    });
  const review = {
    outcome: input.outcome,
    supervisorId: ctx.actor.id,
    note: input.note.trim(),
    at: ctx.now,
  } as const;
  const next: ScreeningStatus = review.outcome === 'concur' ? 'approved' : 'interviewed';
  return ok({
    state: { ...s, status: next, reviews: [...s.reviews, review] },
    events: [{ type: 'screening.reviewed', caseId: s.caseId, payload: { screeningId: s.id, ...review } }],
  });
}

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

/** A supervisor reopens a served negative for a new determination; the earlier one stays on the record. */
export function reconsiderScreening(
  s: Screening,
  input: { reason: string },
  ctx: CommandContext,
): Transition<Screening> {
  const role = requireRole(ctx, ['supervisor'], 'reconsider a determination');
  if (!role.ok) return role;
  const status = inStatus(s, ['served', 'ij_review_declined', 'ij_affirmed'], 'reconsider');
  if (!status.ok) return status;
  if (latestDetermination(s)?.result !== 'negative')
    return fail('INVALID_TRANSITION', 'Only a negative determination is reconsidered.');
  const reason = requireText('reason', input.reason, 'A reason for reconsideration');
  if (!reason.ok) return reason;
  // The earlier IJ review belongs to the earlier determination (the ledger keeps it); left here, it would count as
  // the review of the new one and mark its deadline met.
  const ijReview = { requestedAt: null, declinedAt: null, decision: null, decidedAt: null };
  return ok({
    state: { ...s, status: 'interviewed', servedAt: null, ijReview },
    events: [
      {
        type: 'screening.reconsidered',
        caseId: s.caseId,
        payload: { screeningId: s.id, reason: reason.value },
      },
    ],
  });
}

/** The actions the actor may take on a screening now: what the UI offers is what the server would accept. */
export function allowedScreeningActions(s: Screening, ctx: CommandContext): string[] {
  const actions: string[] = [];
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

// The determination stage: the officer decides under the screening's legal standard, a supervisor concurs or
// returns it for rework, and a served negative can be reopened for reconsideration.
import type { CommandContext } from '../actor.ts';
import { fail, ok } from '../errors.ts';
import { requireRole, requireText, type Transition } from '../transition.ts';
import { checkLegalStandard, LEGAL_STANDARDS, type LegalStandard } from './legal-standard.ts';
import { inStatus, requireAssignedOfficer } from './screening-guards.ts';
import { latestDetermination, type Screening, type ScreeningStatus } from './screening.ts';

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

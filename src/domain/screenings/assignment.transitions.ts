// The assignment stage: a supervisor assigns the screening to an officer of their own office, and the officer may
// decline it on grounds of conscience (which records an objection and puts the screening back in the queue); a
// standing objection to the screening's whole category puts it back in the queue too.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import { objectionRecorded, type Objection } from '../objections/objection.ts';
import { requireRole, requireText, type Transition, type Transitioned } from '../transition.ts';
import { BEFORE_DECISION, inStatus, requireAssignedOfficer } from './screening-guards.ts';
import type { Screening } from './screening.ts';

/** The officer to assign, as the store knows them. */
export interface AssignInput {
  officerId: string;
  officerRole: string;
  officerOffice: string | null;
  /** The categories the officer has declined and not withdrawn. */
  declinedCategories: readonly string[];
}

/** A supervisor assigns the screening to an officer of their own office; never to one who declined it or its whole category. */
export function assignScreening(
  s: Screening,
  input: AssignInput,
  ctx: CommandContext,
): Transition<Screening> {
  const role = requireRole(ctx, ['supervisor', 'system'], 'assign a screening');
  if (!role.ok) return role;
  const status = inStatus(s, BEFORE_DECISION, 'assign');
  if (!status.ok) return status;
  if (s.officerId === input.officerId)
    return fail('CONFLICT', 'The screening is already assigned to that officer.', {
      officerId: input.officerId,
    });
  if (input.officerRole !== 'officer')
    return fail('VALIDATION_FAILED', 'Screenings are assigned to asylum officers only.', {
      field: 'officerId',
    });
  if (ctx.actor.role === 'supervisor' && input.officerOffice !== ctx.actor.office)
    return fail('FORBIDDEN', 'You can assign only officers of your own office.', {
      officerId: input.officerId,
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

/** The assigned officer declines on grounds of conscience: the screening goes back to the supervisor's queue, nothing
 * lost, and the objection is recorded (under `objectionId`) so that the screening is never assigned back to them. */
export function declineAssignment(
  s: Screening,
  input: { reason: string; objectionId: string },
  ctx: CommandContext,
): Result<Transitioned<Screening> & { objection: Objection }> {
  const status = inStatus(s, BEFORE_DECISION, 'decline');
  if (!status.ok) return status;
  const assigned = requireAssignedOfficer(s, ctx, 'decline');
  if (!assigned.ok) return assigned;
  const reason = requireText('reason', input.reason, 'A reason for declining');
  if (!reason.ok) return reason;
  const objection: Objection = {
    id: input.objectionId,
    officerId: ctx.actor.id,
    category: null,
    screeningId: s.id,
    reason: reason.value,
    createdAt: ctx.now,
    withdrawnAt: null,
  };
  return ok({
    state: { ...s, officerId: null, declinedBy: [...s.declinedBy, ctx.actor.id] },
    objection,
    events: [
      {
        type: 'screening.declined',
        caseId: s.caseId,
        payload: { screeningId: s.id, officerId: ctx.actor.id, reason: reason.value, category: s.kind },
      },
      objectionRecorded(objection),
    ],
  });
}

/** An officer's standing objection to a whole category takes their open assignment of that category off them: the
 * screening goes back to the supervisor's queue, unassigned with its deadlines, at once. */
export function returnToQueue(s: Screening, objection: Objection): Transition<Screening> {
  if (objection.category === null || objection.category !== s.kind)
    return fail('INVALID_TRANSITION', 'Only an objection to the screening\u2019s own category returns it.', {
      objectionId: objection.id,
    });
  if (s.officerId !== objection.officerId)
    return fail('NOT_ASSIGNED', 'The screening is not assigned to the objecting officer.', {
      screeningId: s.id,
    });
  const status = inStatus(s, BEFORE_DECISION, 'return the screening to the queue');
  if (!status.ok) return status;
  return ok({
    state: { ...s, officerId: null },
    events: [
      {
        type: 'screening.returned_to_queue',
        caseId: s.caseId,
        payload: { screeningId: s.id, officerId: objection.officerId, objectionId: objection.id },
      },
    ],
  });
}

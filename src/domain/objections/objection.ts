// Conscientious objection: an officer declines one screening, or stands against a whole category of screenings
// (e.g. MPP interviews) until they withdraw it. Supervisors assign around both; neither is ever held against anyone.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import { SCREENING_KINDS, type ScreeningKind } from '../screenings/legal-standard.ts';
import { requireRole, requireText } from '../transition.ts';

/** An objection as recorded. */
export interface Objection {
  id: string;
  officerId: string;
  /** The category declined as a whole, or null when one screening was declined. */
  category: ScreeningKind | null;
  /** The one screening declined, or null for a category. */
  screeningId: string | null;
  reason: string;
  createdAt: string;
  /** When the officer withdrew a standing objection (a declined screening stays declined). */
  withdrawnAt: string | null;
}

/** An objection and the events that record it. */
export interface ObjectionChange {
  objection: Objection;
  events: DomainEvent[];
}

/** The `objection.recorded` event of a new objection. */
export const objectionRecorded = (objection: Objection): DomainEvent => ({
  type: 'objection.recorded',
  caseId: null,
  payload: {
    objectionId: objection.id,
    officerId: objection.officerId,
    category: objection.category,
    screeningId: objection.screeningId,
    reason: objection.reason,
  },
});

/** An officer declines a whole category of screenings on grounds of conscience, with a reason. */
export function declineCategory(
  input: { id: string; category: string; reason: string },
  ctx: CommandContext,
): Result<ObjectionChange> {
  const role = requireRole(ctx, ['officer'], 'decline a category of screenings');
  if (!role.ok) return role;
  if (!(SCREENING_KINDS as readonly string[]).includes(input.category))
    return fail(
      'VALIDATION_FAILED',
      `Unknown category "${input.category}"; use one of: ${SCREENING_KINDS.join(', ')}.`,
      { field: 'category' },
    );
  const reason = requireText('reason', input.reason, 'A reason');
  if (!reason.ok) return reason;
  const objection: Objection = {
    id: input.id,
    officerId: ctx.actor.id,
    category: input.category as ScreeningKind,
    screeningId: null,
    reason: reason.value,
    createdAt: ctx.now,
    withdrawnAt: null,
  };
  return ok({ objection, events: [objectionRecorded(objection)] });
}

/** An officer withdraws a standing objection of their own; from then on they can be assigned that category again. */
export function withdrawObjection(objection: Objection, ctx: CommandContext): Result<ObjectionChange> {
  // Another officer's objection is not theirs to see, let alone withdraw.
  if (objection.officerId !== ctx.actor.id) return fail('NOT_FOUND', 'No such objection of yours.');
  if (objection.category === null)
    return fail(
      'INVALID_TRANSITION',
      'A declined screening stays declined; only a standing objection to a category can be withdrawn.',
      { objectionId: objection.id },
    );
  if (objection.withdrawnAt !== null)
    return fail('INVALID_TRANSITION', 'This objection is already withdrawn.', { objectionId: objection.id });
  return ok({
    objection: { ...objection, withdrawnAt: ctx.now },
    events: [
      {
        type: 'objection.withdrawn',
        caseId: null,
        payload: { objectionId: objection.id, officerId: objection.officerId },
      },
    ],
  });
}

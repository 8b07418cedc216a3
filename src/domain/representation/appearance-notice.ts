// Counsel's notice of appearance: a G-28 before DHS (the asylum office) or an EOIR-28 before the immigration court,
// for an A-number, with the client's signed consent. It stays pending until the office (G-28: intake or a
// supervisor) or the court (EOIR-28) accepts it, which makes counsel the counsel of record, or rejects it with a
// reason. Counsel may withdraw at any time before a rejection, which ends the representation.
import { parseANumber } from '../a-number.ts';
import type { CommandContext, Role } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import { requireRole, requireText } from '../transition.ts';
import type { AttachedDocument } from './attachment.ts';

/** The notices of appearance: before DHS (G-28) and before the immigration court (EOIR-28). */
export const APPEARANCE_FORMS = ['G-28', 'EOIR-28'] as const;
export type AppearanceForm = (typeof APPEARANCE_FORMS)[number];

/** Where a notice stands. */
export const APPEARANCE_STATUSES = ['pending', 'accepted', 'rejected', 'withdrawn'] as const;
export type AppearanceStatus = (typeof APPEARANCE_STATUSES)[number];

/** A notice of appearance. `caseId` is the person's case it was filed on, or null when the A-number has none: such a
 * notice is stored like any other and simply never reaches a reviewer. */
export interface AppearanceNotice {
  id: string;
  counselId: string;
  form: AppearanceForm;
  aNumber: string;
  caseId: string | null;
  status: AppearanceStatus;
  filedAt: string;
  consent: AttachedDocument;
  review: { by: string; at: string; reason: string | null } | null;
  /** The representation an acceptance created (counsel's basis to see the case). */
  representationId: string | null;
  endedAt: string | null;
}

/** The representation an accepted notice creates. */
export interface AcceptedRepresentation {
  id: string;
  caseId: string;
  counselId: string;
  form: AppearanceForm;
  filedAt: string;
  noticeId: string;
}

/** Who answers a notice: the office for a G-28, the court for an EOIR-28. */
export function reviewerRolesFor(form: AppearanceForm): readonly Role[] {
  return form === 'G-28' ? ['intake', 'supervisor'] : ['court'];
}

const transition = <S>(state: S, events: DomainEvent[]) => ok({ state, events });

/** Counsel files a notice for an A-number. The answer is the same whether or not the A-number has a case. */
export function fileAppearanceNotice(
  input: { id: string; form: string; aNumber: string; caseId: string | null; consent: AttachedDocument },
  ctx: CommandContext,
): Result<{ state: AppearanceNotice; events: DomainEvent[] }> {
  const role = requireRole(ctx, ['counsel'], 'file a notice of appearance');
  if (!role.ok) return role;
  if (!(APPEARANCE_FORMS as readonly string[]).includes(input.form))
    return fail(
      'VALIDATION_FAILED',
      `Unknown form "${input.form}"; use G-28 (before the asylum office) or EOIR-28 (before the court).`,
      { field: 'form' },
    );
  const aNumber = parseANumber(input.aNumber);
  if (!aNumber.ok) return aNumber;
  const notice: AppearanceNotice = {
    id: input.id,
    counselId: ctx.actor.id,
    form: input.form as AppearanceForm,
    aNumber: aNumber.value,
    caseId: input.caseId,
    status: 'pending',
    filedAt: ctx.now,
    consent: input.consent,
    review: null,
    representationId: null,
    endedAt: null,
  };
  return transition(notice, [
    {
      type: 'representation.requested',
      caseId: notice.caseId,
      payload: {
        noticeId: notice.id,
        counselId: notice.counselId,
        form: notice.form,
        aNumber: notice.aNumber,
        consentSha256: notice.consent.sha256,
      },
    },
  ]);
}

function requireReviewer(notice: AppearanceNotice, ctx: CommandContext, act: string): Result<string> {
  const roles = reviewerRolesFor(notice.form);
  if (!roles.includes(ctx.actor.role))
    return fail(
      'FORBIDDEN',
      notice.form === 'G-28'
        ? `A G-28 is answered by the office's intake or a supervisor; you cannot ${act} it.`
        : `An EOIR-28 is answered by the court; you cannot ${act} it.`,
      { required: roles },
    );
  if (notice.status !== 'pending')
    return fail('INVALID_TRANSITION', `Cannot ${act} this notice: it is already ${notice.status}.`, {
      status: notice.status,
    });
  if (notice.caseId === null) return fail('NOT_FOUND', 'No such notice of appearance.');
  return ok(notice.caseId);
}

/** The reviewer accepts the notice: counsel becomes counsel of record on the case. */
export function acceptAppearanceNotice(
  notice: AppearanceNotice,
  input: { representationId: string; note?: string | null },
  ctx: CommandContext,
): Result<{ state: AppearanceNotice; events: DomainEvent[]; representation: AcceptedRepresentation }> {
  const caseId = requireReviewer(notice, ctx, 'accept');
  if (!caseId.ok) return caseId;
  const note = input.note?.trim() || null;
  const state: AppearanceNotice = {
    ...notice,
    status: 'accepted',
    review: { by: ctx.actor.id, at: ctx.now, reason: note },
    representationId: input.representationId,
  };
  return ok({
    state,
    representation: {
      id: input.representationId,
      caseId: caseId.value,
      counselId: notice.counselId,
      form: notice.form,
      filedAt: notice.filedAt,
      noticeId: notice.id,
    },
    events: [
      {
        type: 'representation.accepted',
        caseId: caseId.value,
        payload: {
          noticeId: notice.id,
          representationId: input.representationId,
          counselId: notice.counselId,
          form: notice.form,
          note,
        },
      },
    ],
  });
}

/** The reviewer rejects the notice, with the reason counsel will read. */
export function rejectAppearanceNotice(
  notice: AppearanceNotice,
  input: { reason: string },
  ctx: CommandContext,
): Result<{ state: AppearanceNotice; events: DomainEvent[] }> {
  const caseId = requireReviewer(notice, ctx, 'reject');
  if (!caseId.ok) return caseId;
  const reason = requireText('reason', input.reason, 'A reason for the rejection');
  if (!reason.ok) return reason;
  return transition(
    { ...notice, status: 'rejected', review: { by: ctx.actor.id, at: ctx.now, reason: reason.value } },
    [
      {
        type: 'representation.rejected',
        caseId: caseId.value,
        payload: {
          noticeId: notice.id,
          counselId: notice.counselId,
          form: notice.form,
          reason: reason.value,
        },
      },
    ],
  );
}

/** Counsel withdraws a pending or accepted notice of their own; an accepted one's representation ends with it. */
export function withdrawAppearanceNotice(
  notice: AppearanceNotice,
  input: { reason?: string | null },
  ctx: CommandContext,
): Result<{ state: AppearanceNotice; events: DomainEvent[] }> {
  const role = requireRole(ctx, ['counsel'], 'withdraw a notice of appearance');
  if (!role.ok) return role;
  // Another counsel's notice is not theirs to know about.
  if (notice.counselId !== ctx.actor.id) return fail('NOT_FOUND', 'No such notice of appearance of yours.');
  if (notice.status !== 'pending' && notice.status !== 'accepted')
    return fail('INVALID_TRANSITION', `Cannot withdraw this notice: it is already ${notice.status}.`, {
      status: notice.status,
    });
  const reason = input.reason?.trim() || 'Withdrawn by counsel.';
  return transition({ ...notice, status: 'withdrawn', endedAt: ctx.now }, [
    {
      type: 'representation.ended',
      caseId: notice.caseId,
      payload: {
        noticeId: notice.id,
        representationId: notice.representationId,
        counselId: notice.counselId,
        form: notice.form,
        reason,
      },
    },
  ]);
}

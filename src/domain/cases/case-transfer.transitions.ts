// Transfer of a case to another office: the case's office changes, and its open screenings move with it, unassigned,
// into the receiving office's queue (a screening already served stays on the record of the office that decided it).
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import { UNSERVED_SCREENING_STATUSES, type Screening } from '../screenings/screening.ts';
import { requireRole, requireText } from '../transition.ts';
import type { CaseRecord } from './case.ts';

/** Where the case goes, why, and what the store knows about the receiving office. */
export interface TransferInput {
  office: string;
  reason: string;
  /** Does an active supervisor work in the receiving office? Without one, nobody could assign what moves there. */
  receivingOfficeHasSupervisor: boolean;
}

/** The transferred case, the screenings that moved with it, and the event that records both. */
export interface TransferredCase {
  record: CaseRecord;
  moved: Screening[];
  events: DomainEvent[];
}

/** A supervisor of the office holding the case transfers it; its open screenings land unassigned in the new office. */
export function transferCase(
  record: CaseRecord,
  screenings: readonly Screening[],
  input: TransferInput,
  ctx: CommandContext,
): Result<TransferredCase> {
  const role = requireRole(ctx, ['supervisor', 'system'], 'transfer a case');
  if (!role.ok) return role;
  if (ctx.actor.role === 'supervisor' && ctx.actor.office !== record.office)
    return fail('FORBIDDEN', 'You can transfer only a case your own office holds.');
  if (record.status !== 'open')
    return fail('INVALID_TRANSITION', 'The case is closed; only an open case is transferred.');
  const office = requireText('office', input.office, 'The receiving office');
  if (!office.ok) return office;
  if (office.value === record.office)
    return fail('INVALID_TRANSITION', `The case is already held by ${record.office}; name another office.`, {
      field: 'office',
    });
  if (!input.receivingOfficeHasSupervisor)
    return fail(
      'VALIDATION_FAILED',
      `No active supervisor works in office "${office.value}", so nobody there could assign the case's screenings; check the office code.`,
      { field: 'office' },
    );
  const reason = requireText('reason', input.reason, 'A reason for the transfer');
  if (!reason.ok) return reason;
  const moved = screenings
    .filter((s) => s.caseId === record.id && UNSERVED_SCREENING_STATUSES.includes(s.status))
    .map((s) => ({ ...s, office: office.value, officerId: null }));
  const previousOfficer = new Map(screenings.map((s) => [s.id, s.officerId]));
  return ok({
    record: { ...record, office: office.value },
    moved,
    events: [
      {
        type: 'case.transferred',
        caseId: record.id,
        payload: {
          fromOffice: record.office,
          toOffice: office.value,
          reason: reason.value,
          screenings: moved.map((s) => ({
            screeningId: s.id,
            previousOfficerId: previousOfficer.get(s.id) ?? null,
          })),
        },
      },
    ],
  });
}

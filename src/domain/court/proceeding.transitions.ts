// The court's transitions: open a proceeding, hold hearings, take applications, decide.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import { notInFuture, parseInstant } from '../time.ts';
import { requireRole, type Transition } from '../transition.ts';
import { parseCourtCode } from './court-code.ts';
import {
  APPLICATION_DECISIONS,
  APPLICATION_KINDS,
  OUTCOME_KINDS,
  PROCEEDING_ORIGINS,
  type ApplicationDecision,
  type ApplicationKind,
  type Hearing,
  type Proceeding,
  type ProceedingOrigin,
  type ProceedingOutcome,
} from './proceeding.ts';

const COURT = ['court', 'system'] as const;

function open(p: Proceeding, act: string): Result<true> {
  return p.status === 'open'
    ? ok(true)
    : fail(
        'INVALID_TRANSITION',
        `Cannot ${act}: the proceeding is completed; open a new one (reopening or remand).`,
      );
}

function pastInstant(field: string, value: string, ctx: CommandContext): Result<string> {
  const at = parseInstant(field, value);
  return at.ok ? notInFuture(field, at.value, ctx.now) : at;
}

/** Opens a proceeding (on an NTA, or when a venue change, transfer, reopening or remand starts a new one). */
export function openProceeding(
  input: {
    id: string;
    caseId: string;
    kind: 'removal' | 'withholding_only';
    origin: string;
    court: string;
    openedAt: string;
  },
  ctx: CommandContext,
): Transition<Proceeding> {
  const role = requireRole(ctx, COURT, 'open a proceeding');
  if (!role.ok) return role;
  if (!(PROCEEDING_ORIGINS as readonly string[]).includes(input.origin))
    return fail(
      'VALIDATION_FAILED',
      `Unknown origin "${input.origin}"; use one of: ${PROCEEDING_ORIGINS.join(', ')}.`,
      { field: 'origin' },
    );
  if (input.kind !== 'removal' && input.kind !== 'withholding_only')
    return fail(
      'VALIDATION_FAILED',
      `Unknown proceeding kind "${String(input.kind)}"; use removal or withholding_only.`,
      { field: 'kind' },
    );
  const at = pastInstant('openedAt', input.openedAt, ctx);
  if (!at.ok) return at;
  const court = parseCourtCode('court', input.court);
  if (!court.ok) return court;
  // A court opens proceedings before itself; a change of venue or a transfer dockets the case at the receiving court.
  const handsOn = input.origin === 'change_of_venue' || input.origin === 'transfer';
  if (ctx.actor.role === 'court' && court.value !== ctx.actor.office && !handsOn)
    return fail(
      'FORBIDDEN',
      `You can open a proceeding only before your own court (${ctx.actor.office ?? 'none'}); only a change of venue or a transfer names another court.`,
      { field: 'court' },
    );
  const p: Proceeding = {
    id: input.id,
    caseId: input.caseId,
    kind: input.kind,
    origin: input.origin as ProceedingOrigin,
    court: court.value,
    openedAt: at.value,
    status: 'open',
    hearings: [],
    applications: [],
    outcome: null,
    completedAt: null,
    isRepresented: false,
  };
  return ok({
    state: p,
    events: [
      {
        type: 'proceeding.opened',
        caseId: p.caseId,
        payload: { proceedingId: p.id, kind: p.kind, origin: p.origin, court: p.court, openedAt: p.openedAt },
      },
    ],
  });
}

/** Schedules a hearing (dates may be in the future). */
export function scheduleHearing(
  p: Proceeding,
  input: Omit<Hearing, 'attendance' | 'adjournmentReason'>,
  ctx: CommandContext,
): Transition<Proceeding> {
  const role = requireRole(ctx, COURT, 'schedule a hearing');
  if (!role.ok) return role;
  const isOpen = open(p, 'schedule a hearing');
  if (!isOpen.ok) return isOpen;
  const at = parseInstant('at', input.at);
  if (!at.ok) return at;
  if (at.value < p.openedAt)
    return fail('VALIDATION_FAILED', 'A hearing cannot be before the proceeding opened.', { field: 'at' });
  // Built field by field: the stored document is the same whichever way the caller ordered its input.
  const hearing: Hearing = {
    id: input.id,
    at: at.value,
    calendar: input.calendar,
    location: input.location,
    medium: input.medium,
    attendance: null,
    adjournmentReason: null,
  };
  return ok({
    state: { ...p, hearings: [...p.hearings, hearing] },
    events: [{ type: 'hearing.scheduled', caseId: p.caseId, payload: { proceedingId: p.id, ...hearing } }],
  });
}

/** Records whether the person attended a hearing that has taken place, and any adjournment. */
export function recordAttendance(
  p: Proceeding,
  input: { hearingId: string; attendance: 'attended' | 'missed'; adjournmentReason?: string | null },
  ctx: CommandContext,
): Transition<Proceeding> {
  const role = requireRole(ctx, COURT, 'record attendance');
  if (!role.ok) return role;
  const hearing = p.hearings.find((h) => h.id === input.hearingId);
  if (!hearing)
    return fail('NOT_FOUND', 'No such hearing in this proceeding.', { hearingId: input.hearingId });
  if (Date.parse(hearing.at) > Date.parse(ctx.now))
    return fail('INVALID_TRANSITION', 'Attendance can be recorded only once the hearing has taken place.');
  if (hearing.attendance !== null)
    return fail('INVALID_TRANSITION', 'Attendance at this hearing is already recorded.');
  const updated: Hearing = {
    ...hearing,
    attendance: input.attendance,
    adjournmentReason: input.adjournmentReason?.trim() || null,
  };
  return ok({
    state: { ...p, hearings: p.hearings.map((h) => (h.id === hearing.id ? updated : h)) },
    events: [
      {
        type: 'hearing.attendance_recorded',
        caseId: p.caseId,
        payload: {
          proceedingId: p.id,
          hearingId: hearing.id,
          attendance: updated.attendance,
          adjournmentReason: updated.adjournmentReason,
        },
      },
    ],
  });
}

/** Files an application for relief (asylum, withholding, CAT). */
export function fileApplication(
  p: Proceeding,
  input: { id: string; kind: string; filedAt: string },
  ctx: CommandContext,
): Transition<Proceeding> {
  const role = requireRole(ctx, [...COURT, 'counsel'], 'file an application');
  if (!role.ok) return role;
  const isOpen = open(p, 'file an application');
  if (!isOpen.ok) return isOpen;
  if (!(APPLICATION_KINDS as readonly string[]).includes(input.kind))
    return fail(
      'VALIDATION_FAILED',
      `Unknown application "${input.kind}"; use one of: ${APPLICATION_KINDS.join(', ')}.`,
      { field: 'kind' },
    );
  const at = pastInstant('filedAt', input.filedAt, ctx);
  if (!at.ok) return at;
  const application = {
    id: input.id,
    kind: input.kind as ApplicationKind,
    filedAt: at.value,
    decision: null,
    decidedAt: null,
  };
  return ok({
    state: { ...p, applications: [...p.applications, application] },
    events: [
      {
        type: 'application.filed',
        caseId: p.caseId,
        payload: {
          proceedingId: p.id,
          applicationId: application.id,
          kind: application.kind,
          filedAt: application.filedAt,
        },
      },
    ],
  });
}

/** The judge decides an application. */
export function decideApplication(
  p: Proceeding,
  input: { applicationId: string; decision: string; at: string },
  ctx: CommandContext,
): Transition<Proceeding> {
  const role = requireRole(ctx, COURT, 'decide an application');
  if (!role.ok) return role;
  const application = p.applications.find((a) => a.id === input.applicationId);
  if (!application)
    return fail('NOT_FOUND', 'No such application in this proceeding.', {
      applicationId: input.applicationId,
    });
  if (application.decision !== null)
    return fail('INVALID_TRANSITION', 'This application is already decided.');
  if (!(APPLICATION_DECISIONS as readonly string[]).includes(input.decision))
    return fail(
      'VALIDATION_FAILED',
      `Unknown decision "${input.decision}"; use one of: ${APPLICATION_DECISIONS.join(', ')}.`,
      { field: 'decision' },
    );
  const at = pastInstant('at', input.at, ctx);
  if (!at.ok) return at;
  const decided = { ...application, decision: input.decision as ApplicationDecision, decidedAt: at.value };
  return ok({
    state: { ...p, applications: p.applications.map((a) => (a.id === decided.id ? decided : a)) },
    events: [
      {
        type: 'application.decided',
        caseId: p.caseId,
        payload: {
          proceedingId: p.id,
          applicationId: decided.id,
          kind: decided.kind,
          decision: decided.decision,
          at: decided.decidedAt,
        },
      },
    ],
  });
}

/** Completes the proceeding with its outcome. A removal order in absentia needs a missed hearing on the record. */
export function completeProceeding(
  p: Proceeding,
  input: { outcome: ProceedingOutcome; at: string },
  ctx: CommandContext,
): Transition<Proceeding> {
  const role = requireRole(ctx, COURT, 'complete a proceeding');
  if (!role.ok) return role;
  const isOpen = open(p, 'complete it');
  if (!isOpen.ok) return isOpen;
  if (!(OUTCOME_KINDS as readonly string[]).includes(input.outcome.kind))
    return fail(
      'VALIDATION_FAILED',
      `Unknown outcome "${input.outcome.kind}"; use one of: ${OUTCOME_KINDS.join(', ')}.`,
      { field: 'outcome' },
    );
  const at = pastInstant('at', input.at, ctx);
  if (!at.ok) return at;
  // In absentia means the person did not appear: the latest hearing with attendance on record must be a missed one.
  const lastHeld = p.hearings
    .filter((h) => h.attendance !== null)
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1);
  if (
    input.outcome.kind === 'removal_ordered' &&
    input.outcome.inAbsentia &&
    lastHeld?.attendance !== 'missed'
  ) {
    return fail(
      'INVALID_TRANSITION',
      'A removal order in absentia needs a missed hearing on the record, and no later hearing attended; record the attendance first.',
    );
  }
  if (input.outcome.kind === 'relief_granted') {
    const relief = input.outcome.relief;
    if (!p.applications.some((a) => a.kind === relief && a.decision === 'granted'))
      return fail(
        'INVALID_TRANSITION',
        `Relief "${relief}" needs a granted ${relief} application on the record.`,
      );
  }
  return ok({
    state: { ...p, status: 'completed', outcome: input.outcome, completedAt: at.value },
    events: [
      {
        type: 'proceeding.completed',
        caseId: p.caseId,
        payload: { proceedingId: p.id, outcome: input.outcome, at: at.value },
      },
    ],
  });
}

/** Records counsel's appearance (EOIR-28) in the proceeding. */
export function recordRepresentation(p: Proceeding): Proceeding {
  return { ...p, isRepresented: true };
}

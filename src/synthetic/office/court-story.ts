// The court side of a synthetic case: hearings with attendance, applications, decisions and outcomes, through the
// court's own transitions. The MPP story uses the small steps; cases sent to an interior court run whole here.
import type { Actor } from '../../domain/actor.ts';
import type { ApplicationKind, Hearing, ProceedingOutcome } from '../../domain/court/proceeding.ts';
import * as court from '../../domain/court/proceeding.transitions.ts';
import { INTERIOR_COURT } from './calibration.ts';
import type { CaseRun } from './case-run.ts';
import { courtJudge, type OfficeStaff, type SeedStaff } from './seed-staff.ts';

/** How a case stood at the end of its court story. */
export type CourtEnd = 'removed' | 'relief' | 'other_completed' | 'pending';

/** The instant of a hearing held on a date (08:00 at the border, 15:00 UTC). */
export const hearingInstant = (date: string): string => `${date}T15:00:00.000Z`;

/** The calendar date `days` after an instant. */
export const dateAfter = (at: string, days: number): string =>
  new Date(Date.parse(at) + days * 86_400_000).toISOString().slice(0, 10);

/** Opens a proceeding on the case. */
export function openProceeding(
  run: CaseRun,
  actor: Actor,
  at: string,
  input: { kind: 'removal' | 'withholding_only'; origin: 'nta' | 'change_of_venue'; court: string },
): string {
  const id = run.random.uuid();
  const caseId = run.caseRecord.id;
  run.openProceeding(actor, at, (ctx) =>
    court.openProceeding({ id, caseId, ...input, openedAt: ctx.now }, ctx),
  );
  return id;
}

/** Schedules a hearing; returns its id. */
export function scheduleHearing(
  run: CaseRun,
  actor: Actor,
  proceedingId: string,
  input: Omit<Hearing, 'id' | 'attendance' | 'adjournmentReason'>,
): string {
  const id = run.random.uuid();
  run.changeProceeding(actor, run.after(run.random.between(5, 60)), proceedingId, (p, ctx) =>
    court.scheduleHearing(p, { ...input, id }, ctx),
  );
  return id;
}

/** Records attendance two hours after the hearing began. */
export function recordAttendance(
  run: CaseRun,
  actor: Actor,
  proceedingId: string,
  hearingId: string,
  hearingAt: string,
  missed: boolean,
): void {
  const at = new Date(Date.parse(hearingAt) + 2 * 3_600_000).toISOString();
  run.changeProceeding(actor, at, proceedingId, (p, ctx) =>
    court.recordAttendance(p, { hearingId, attendance: missed ? 'missed' : 'attended' }, ctx),
  );
}

/** Completes the proceeding with its outcome. */
export function completeProceeding(
  run: CaseRun,
  actor: Actor,
  proceedingId: string,
  outcome: ProceedingOutcome,
): void {
  run.changeProceeding(actor, run.after(run.random.between(20, 180)), proceedingId, (p, ctx) =>
    court.completeProceeding(p, { outcome, at: ctx.now }, ctx),
  );
}

/** Files an application (by counsel when represented, else lodged with the court); returns its id. */
export function fileApplication(
  run: CaseRun,
  actor: Actor,
  at: string,
  proceedingId: string,
  kind: ApplicationKind,
): string {
  const id = run.random.uuid();
  run.changeProceeding(actor, at, proceedingId, (p, ctx) =>
    court.fileApplication(p, { id, kind, filedAt: ctx.now }, ctx),
  );
  return id;
}

/** The judge decides at the final hearing: relief (a granted application), or another outcome. */
export function decideAtFinalHearing(
  run: CaseRun,
  judge: Actor,
  proceedingId: string,
  application: { id: string; kind: ApplicationKind } | null,
  relief: boolean,
  others: Readonly<Record<'removal_ordered' | 'terminated' | 'voluntary_departure' | 'dismissed', number>>,
): CourtEnd {
  if (application) {
    const decision = relief ? 'granted' : 'denied';
    run.changeProceeding(judge, run.after(run.random.between(30, 240)), proceedingId, (p, ctx) =>
      court.decideApplication(p, { applicationId: application.id, decision, at: ctx.now }, ctx),
    );
    if (relief) {
      completeProceeding(run, judge, proceedingId, { kind: 'relief_granted', relief: application.kind });
      return 'relief';
    }
  }
  const kind = run.random.weighted(others);
  completeProceeding(
    run,
    judge,
    proceedingId,
    kind === 'removal_ordered' ? { kind, inAbsentia: false } : { kind },
  );
  return kind === 'removal_ordered' ? 'removed' : 'other_completed';
}

/** A case before an interior immigration court (positive screening, vacated finding, MPP case moved inland). */
export interface InteriorCourtPlan {
  staff: SeedStaff;
  office: OfficeStaff;
  kind: 'removal' | 'withholding_only';
  origin: 'nta' | 'change_of_venue';
  /** The court's code (its judge acts). */
  court: string;
  openedAt: string;
  /** Counsel already representing the person, if any (else counsel may appear, with this chance). */
  counsel: Actor | null;
  representation: number;
  /** Chance the case completes by the end of the synthetic world (most stayed pending). */
  completes: number;
}

/** Runs a proceeding at an interior court: NTA, master hearing, application, individual hearing, decision. */
export function runInteriorCourt(run: CaseRun, plan: InteriorCourtPlan): CourtEnd {
  const r = run.random;
  const judge = courtJudge(plan.staff, plan.court);
  const proceedingId = openProceeding(run, judge, plan.openedAt, {
    kind: plan.kind,
    origin: plan.origin,
    court: plan.court,
  });
  const medium = r.chance(0.2) ? 'video' : 'in_person';
  let counsel = plan.counsel;
  if (!counsel && r.chance(plan.representation)) {
    counsel = r.pick(plan.staff.counsel);
    run.recordRepresentation(judge, run.after(r.between(10, 120) * 1440), {
      id: r.uuid(),
      counsel,
      form: 'EOIR-28',
    });
  }
  const firstAt = hearingInstant(dateAfter(run.now, r.between(60, 300)));
  const first = scheduleHearing(run, judge, proceedingId, {
    at: firstAt,
    calendar: 'master',
    location: plan.court,
    medium,
  });
  const missed = r.chance(counsel ? 0.03 : INTERIOR_COURT.missHearing);
  recordAttendance(run, judge, proceedingId, first, firstAt, missed);
  if (missed) {
    completeProceeding(run, judge, proceedingId, { kind: 'removal_ordered', inAbsentia: true });
    return 'removed';
  }
  const kind: ApplicationKind = plan.kind === 'withholding_only' ? 'withholding' : 'asylum';
  const applicationId = fileApplication(
    run,
    counsel ?? judge,
    run.after(r.between(1, 60) * 1440),
    proceedingId,
    kind,
  );
  const finalAt = hearingInstant(dateAfter(run.now, r.between(90, 400)));
  const final = scheduleHearing(run, judge, proceedingId, {
    at: finalAt,
    calendar: 'individual',
    location: plan.court,
    medium,
  });
  if (!r.chance(plan.completes)) return 'pending';
  recordAttendance(run, judge, proceedingId, final, finalAt, false);
  const relief = r.chance(counsel ? INTERIOR_COURT.relief.represented : INTERIOR_COURT.relief.unrepresented);
  return decideAtFinalHearing(run, judge, proceedingId, { id: applicationId, kind }, relief, {
    removal_ordered: 0.6,
    voluntary_departure: 0.15,
    terminated: 0.15,
    dismissed: 0.1,
  });
}

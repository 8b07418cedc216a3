// A referred screening's life, command by command: assignment (with the occasional conscientious decline and
// reassignment), interview, the officer's determination under the standard of its kind and date, supervisory
// review (sometimes returned for rework), service, and IJ review of negatives where the law gives it.
import { legalStandardFor, hasIjReview, type ScreeningKind } from '../../domain/screenings/legal-standard.ts';
import { assignScreening } from '../../domain/screenings/assignment.transitions.ts';
import { decideScreening, reviewDetermination } from '../../domain/screenings/determination.transitions.ts';
import {
  CONSULTATION_HOURS,
  recordInterview,
  scheduleInterview,
} from '../../domain/screenings/interview.transitions.ts';
import { dissolveScreening } from '../../domain/screenings/referral.transitions.ts';
import {
  declineIjReview,
  recordIjDecision,
  requestIjReview,
  serveDetermination,
} from '../../domain/screenings/service-and-ij-review.transitions.ts';
import type { Actor } from '../../domain/actor.ts';
import { FEAR_SCREENING, SCREENING_REVIEW } from './calibration.ts';
import { SeedRuleError, type CaseRun } from './case-run.ts';
import { declinedCategoriesAt, type OfficeStaff, type SeedStaff } from './seed-staff.ts';
import { buildReasoning, buildTestimony, DECLINE_REASONS } from './synthetic-testimony.ts';

/** What the story knows before the screening runs. */
export interface ScreeningPlan {
  screeningId: string;
  kind: ScreeningKind;
  positive: boolean;
  staff: SeedStaff;
  office: OfficeStaff;
  nationality: string;
  encounterAt: string;
  counselPresent: boolean;
  /** Chance the testimony records harm already suffered in Mexico (MPP interviews). */
  harmInMexico: number;
  /** Arrival at the detention site (credible fear: the consultation period runs from it). */
  detentionArrivalAt: string | null;
}

/** How it ended: the determination served (and any IJ review), or dissolved. */
export interface ScreeningEnd {
  result: 'positive' | 'negative' | 'dissolved';
  ijReview: 'affirmed' | 'vacated' | 'declined' | null;
}

const MINUTE = 60_000;
const later = (at: string, minutes: number): string =>
  new Date(Date.parse(at) + Math.round(minutes) * MINUTE).toISOString();

function pickOfficer(plan: ScreeningPlan, at: string, excluded: readonly string[], run: CaseRun): Actor {
  const candidates = plan.office.officers.filter(
    (o) => !excluded.includes(o.id) && !declinedCategoriesAt(plan.staff, o.id, at).includes(plan.kind),
  );
  if (candidates.length === 0)
    throw new SeedRuleError(`no officer of ${plan.office.office.code} can take a ${plan.kind} on ${at}`);
  return run.random.pick(candidates);
}

/** The office's supervisor assigns the screening to `officer`, with the categories the officer had declined by then. */
export function assignOfficer(run: CaseRun, plan: ScreeningPlan, at: string, officer: Actor): void {
  run.changeScreening(plan.office.supervisor, at, plan.screeningId, (s, ctx) =>
    assignScreening(
      s,
      {
        officerId: officer.id,
        officerRole: officer.role,
        officerOffice: officer.office,
        declinedCategories: declinedCategoriesAt(plan.staff, officer.id, at),
      },
      ctx,
    ),
  );
}

// When the interview takes place: MPP the same or next day; credible fear after the consultation period (unless
// waived); reasonable fear within the 10-day limit, or past it now and then.
function interviewTime(run: CaseRun, plan: ScreeningPlan): { at: string; waived: boolean } {
  const r = run.random;
  const soonest = run.after(60);
  switch (plan.kind) {
    case 'mpp_interview':
      return { at: run.after(r.between(120, 1200)), waived: false };
    case 'credible_fear': {
      const waived = r.chance(FEAR_SCREENING.consultationWaived);
      const consultationEnds = plan.detentionArrivalAt
        ? later(plan.detentionArrivalAt, CONSULTATION_HOURS * 60)
        : soonest;
      const earliest = waived || consultationEnds < soonest ? soonest : consultationEnds;
      return { at: later(earliest, r.between(0, 2880)), waived };
    }
    case 'reasonable_fear': {
      const referredAt = run.screening(plan.screeningId).referredAt;
      const days = r.chance(FEAR_SCREENING.reasonableFearLate) ? r.between(11, 18) : r.between(1, 8);
      const at = later(referredAt, days * 1440 + r.between(0, 480));
      return { at: at < soonest ? soonest : at, waived: false };
    }
  }
}

/** Runs the referred screening to its end (or to the end of the synthetic world). */
export function runScreening(run: CaseRun, plan: ScreeningPlan): ScreeningEnd {
  const r = run.random;
  const id = plan.screeningId;
  const supervisor = plan.office.supervisor;
  const assignDelay =
    plan.kind === 'mpp_interview'
      ? r.between(20, 120)
      : plan.kind === 'credible_fear'
        ? r.between(60, 360)
        : r.between(240, 2880);
  let at = run.after(assignDelay);
  let officer = pickOfficer(plan, at, [], run);
  assignOfficer(run, plan, at, officer);
  if (r.chance(FEAR_SCREENING.dissolved)) {
    run.changeScreening(supervisor, run.after(r.between(60, 720)), id, (s, ctx) =>
      dissolveScreening(s, { reason: 'The applicant withdrew the fear claim.' }, ctx),
    );
    return { result: 'dissolved', ijReview: null };
  }
  if (r.chance(SCREENING_REVIEW.declined[plan.kind])) {
    const reason = r.pick(DECLINE_REASONS);
    const declinedAt = run.after(r.between(10, 90));
    run.declineScreening(officer, declinedAt, id, { reason, objectionId: r.uuid() });
    at = run.after(r.between(10, 120));
    officer = pickOfficer(plan, at, run.screening(id).declinedBy, run);
    assignOfficer(run, plan, at, officer);
  }
  const interview = interviewTime(run, plan);
  run.changeScreening(officer, run.after(r.between(5, 55)), id, (s, ctx) =>
    scheduleInterview(s, { interviewAt: interview.at, consultationWaived: interview.waived }, ctx),
  );
  const testimony = buildTestimony(r, {
    kind: plan.kind,
    positive: plan.positive,
    nationality: plan.nationality,
    encounterAt: plan.encounterAt,
    counselPresent: plan.counselPresent,
    harmInMexico: plan.harmInMexico,
  });
  run.changeScreening(officer, later(interview.at, r.between(45, 150)), id, (s, ctx) =>
    recordInterview(s, { at: interview.at, testimony }, ctx),
  );
  const standard = legalStandardFor(plan.kind, interview.at);
  if (!standard.ok)
    throw new SeedRuleError(`no standard for a ${plan.kind} on ${interview.at}: ${standard.error.message}`);
  const decide = (positive: boolean, delay: number): void => {
    const input = {
      result: positive ? 'positive' : 'negative',
      standard: standard.value,
      reasoning: buildReasoning(r, positive),
    };
    run.changeScreening(officer, run.after(delay), id, (s, ctx) => decideScreening(s, input, ctx));
  };
  if (r.chance(SCREENING_REVIEW.returnedForRework)) {
    decide(r.chance(0.7) ? plan.positive : !plan.positive, r.between(30, 300));
    run.changeScreening(supervisor, run.after(r.between(60, 600)), id, (s, ctx) =>
      reviewDetermination(
        s,
        { outcome: 'return', note: 'Develop the nexus and state-protection questions further.' },
        ctx,
      ),
    );
    decide(plan.positive, r.between(120, 1440));
  } else {
    decide(plan.positive, r.between(30, 300));
  }
  run.changeScreening(supervisor, run.after(r.between(30, 480)), id, (s, ctx) =>
    reviewDetermination(s, { outcome: 'concur', note: '' }, ctx),
  );
  const approvedAt = run.now;
  run.changeScreening(officer, run.after(r.between(10, 180)), id, (s, ctx) =>
    serveDetermination(s, { at: ctx.now }, ctx),
  );
  if (plan.positive) return { result: 'positive', ijReview: null };
  if (!hasIjReview(plan.kind)) return { result: 'negative', ijReview: null };
  return { result: 'negative', ijReview: runIjReview(run, plan, officer, approvedAt) };
}

// The person asks for IJ review or declines it; the judge decides within the limit (now and then past it).
function runIjReview(
  run: CaseRun,
  plan: ScreeningPlan,
  officer: Actor,
  approvedAt: string,
): 'affirmed' | 'vacated' | 'declined' {
  const r = run.random;
  const kind = plan.kind === 'reasonable_fear' ? 'reasonable_fear' : 'credible_fear';
  if (!r.chance(FEAR_SCREENING.ijReviewRequested[kind])) {
    const refused = kind === 'reasonable_fear' && r.chance(FEAR_SCREENING.refusedToIndicate);
    run.changeScreening(officer, run.after(r.between(1, 30)), plan.screeningId, (s, ctx) =>
      declineIjReview(s, { at: ctx.now, refusedToIndicate: refused }, ctx),
    );
    return 'declined';
  }
  run.changeScreening(officer, run.after(r.between(1, 30)), plan.screeningId, (s, ctx) =>
    requestIjReview(s, { at: ctx.now, court: plan.office.court.office }, ctx),
  );
  const from = kind === 'credible_fear' ? approvedAt : run.now;
  const days = r.chance(0.05)
    ? r.between(8, 14)
    : kind === 'credible_fear'
      ? r.between(1, 7)
      : r.between(2, 10);
  const decidedAt = later(from, days * 1440 - r.between(0, 600));
  const vacated = r.chance(FEAR_SCREENING.ijVacated[kind]);
  const decision = vacated ? 'vacated' : 'affirmed';
  run.changeScreening(
    plan.office.court,
    decidedAt < run.now ? run.after(60) : decidedAt,
    plan.screeningId,
    (s, ctx) => recordIjDecision(s, { decision, at: ctx.now }, ctx),
  );
  return decision;
}

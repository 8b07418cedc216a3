// One open case of the current workload: a credible- or reasonable-fear screening taken through the same transitions
// as the historical stories, then left at one open stage. Its acts are dated in the days before the seeding clock, so
// that its time limits stand where its slot asks: none pressing, due within 48 hours, or already past.
import type { Actor } from '../../domain/actor.ts';
import type { Track } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import { decideScreening, reviewDetermination } from '../../domain/screenings/determination.transitions.ts';
import {
  CONSULTATION_HOURS,
  recordInterview,
  scheduleInterview,
} from '../../domain/screenings/interview.transitions.ts';
import { legalStandardFor } from '../../domain/screenings/legal-standard.ts';
import {
  requestIjReview,
  serveDetermination,
} from '../../domain/screenings/service-and-ij-review.transitions.ts';
import { FEAR_SCREENING } from './calibration.ts';
import { SeedRuleError, type CaseRun } from './case-run.ts';
import { assignOfficer, type ScreeningPlan } from './screening-story.ts';
import type { OfficeStaff, SeedStaff } from './seed-staff.ts';
import { buildReasoning, buildTestimony, DECLINE_REASONS } from './synthetic-testimony.ts';

/** The open stages a workload screening is left at. `declined`: its officer declined it, and it waits for
 * reassignment; `returned`: the supervisor sent the determination back for rework; `ij_review`: a served negative
 * whose IJ review the court has yet to decide. */
export type WorkloadStage =
  | 'referred'
  | 'declined'
  | 'assigned'
  | 'scheduled'
  | 'interviewed'
  | 'decided'
  | 'returned'
  | 'approved'
  | 'ij_review';

/** How its next time limit stands at the clock (only a reasonable fear before its determination, or an IJ review,
 * has one to press). */
export type WorkloadUrgency = 'none' | 'due_soon' | 'overdue';

/** What one open case is to look like at the clock. */
export interface WorkloadSlot {
  stage: WorkloadStage;
  kind: 'credible_fear' | 'reasonable_fear';
  urgency: WorkloadUrgency;
  /** The officer's determination, for the stages that have one. */
  result: 'positive' | 'negative' | null;
  /** The testimony records harm already suffered in Mexico, on the way north. */
  harmInMexico: boolean;
}

/** Everything the case needs besides its random stream. */
export interface WorkloadCaseInput {
  staff: SeedStaff;
  office: OfficeStaff;
  person: Person;
  caseId: string;
  track: Exclude<Track, 'mpp'>;
  slot: WorkloadSlot;
  /** The officer the supervisor assigns (null for a screening still unassigned). */
  officer: Actor | null;
  /** The seeding clock: every act is before it. */
  clock: string;
}

// The stages before the officer's determination.
const UNDECIDED_STAGES: readonly WorkloadStage[] = [
  'referred',
  'declined',
  'assigned',
  'scheduled',
  'interviewed',
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number): string => new Date(ms).toISOString();

// How long before the clock the referral was, in hours, by stage, when no time limit presses.
const REFERRAL_AGE_HOURS: Record<
  WorkloadSlot['kind'],
  Record<Exclude<WorkloadStage, 'ij_review'>, [number, number]>
> = {
  // Credible fear: no limit before IJ review; interviews wait out the 48-hour consultation period.
  credible_fear: {
    referred: [2, 30],
    declined: [4, 40],
    assigned: [3, 40],
    scheduled: [12, 60],
    interviewed: [84, 168],
    decided: [96, 240],
    returned: [96, 240],
    approved: [96, 240],
  },
  // Reasonable fear: decided within 10 days of referral, so "none pressing" means referred under 8 days ago.
  reasonable_fear: {
    referred: [5, 120],
    declined: [6, 120],
    assigned: [12, 120],
    scheduled: [24, 144],
    interviewed: [48, 156],
    decided: [72, 180],
    returned: [72, 180],
    approved: [72, 180],
  },
};

/** Runs the case to its slot's stage; every act falls before the clock (the run refuses any after it). */
export function runWorkloadCase(run: CaseRun, input: WorkloadCaseInput): void {
  const r = run.random;
  const { slot } = input;
  const clock = Date.parse(input.clock);
  const minutes = (min: number, max: number): number => r.between(Math.round(min), Math.round(max)) * MINUTE;
  // n instants drawn in (from, to), in order.
  const spread = (from: number, to: number, n: number): number[] =>
    Array.from({ length: n }, () => from + Math.round(r.next() * (to - from))).sort((a, b) => a - b);

  // When the last act before the clock has to fall for ij_review (the approval), and the referral.
  let approvalAt = clock;
  let referredAt: number;
  if (slot.stage === 'ij_review') {
    // The limit runs from supervisory approval (credible fear, 7 days) or from the request (reasonable fear, 10).
    const limit = slot.kind === 'credible_fear' ? 7 : 10;
    const age =
      slot.urgency === 'due_soon'
        ? minutes((limit - 1.8) * 1440, (limit - 0.2) * 1440)
        : slot.urgency === 'overdue'
          ? minutes((limit + 0.5) * 1440, (limit + 5) * 1440)
          : minutes(1440, (limit - 2.5) * 1440);
    // For reasonable fear the request comes up to 3.5 hours after approval: measure from there.
    approvalAt = clock - age - (slot.kind === 'reasonable_fear' ? 3.5 * HOUR : 0);
    referredAt = approvalAt - minutes(3.5 * 1440, 6 * 1440);
  } else if (slot.urgency !== 'none') {
    // Only a reasonable fear not yet decided has a time limit to press (10 days from referral).
    if (slot.kind !== 'reasonable_fear' || !UNDECIDED_STAGES.includes(slot.stage))
      throw new SeedRuleError(`no time limit presses a ${slot.kind} left ${slot.stage}`);
    referredAt =
      clock -
      (slot.urgency === 'due_soon' ? minutes(8.2 * 1440, 9.8 * 1440) : minutes(10.5 * 1440, 15 * 1440));
  } else {
    const [min, max] = REFERRAL_AGE_HOURS[slot.kind][slot.stage];
    referredAt = clock - minutes(min * 60, max * 60);
  }

  const { screeningId, detentionArrivalAt, encounterAt } = openAndRefer(run, input, referredAt);
  const plan: ScreeningPlan = {
    screeningId,
    kind: slot.kind,
    positive: slot.result === 'positive',
    staff: input.staff,
    office: input.office,
    nationality: input.person.nationality,
    encounterAt: iso(encounterAt),
    counselPresent: r.chance(slot.kind === 'credible_fear' ? 0.1 : 0.15),
    harmInMexico: 0,
    detentionArrivalAt: detentionArrivalAt === null ? null : iso(detentionArrivalAt),
  };
  if (slot.stage === 'referred') return;
  const officer = input.officer;
  if (!officer) throw new SeedRuleError(`a ${slot.stage} screening needs an officer`);
  const span = clock - referredAt;
  const hasInterview = !['declined', 'assigned', 'scheduled'].includes(slot.stage);

  // Assignment: soon after referral when the interview is done; anywhere in the first part of the wait otherwise.
  const assignedAt = hasInterview
    ? referredAt + (slot.kind === 'credible_fear' ? minutes(60, 360) : minutes(240, 1440))
    : referredAt + Math.round(span * (0.1 + 0.4 * r.next()));
  assignOfficer(run, plan, iso(assignedAt), officer);
  if (slot.stage === 'declined') {
    run.declineScreening(officer, iso(assignedAt + minutes(10, 90)), screeningId, {
      reason: r.pick(DECLINE_REASONS.slice(1)),
      objectionId: r.uuid(),
    });
    return;
  }
  if (slot.stage === 'assigned') return;

  const scheduledAt = assignedAt + minutes(5, 120);
  const waived = slot.kind === 'credible_fear' && r.chance(FEAR_SCREENING.consultationWaived);
  const consultationEnds =
    detentionArrivalAt === null || waived ? 0 : detentionArrivalAt + CONSULTATION_HOURS * HOUR;
  let interviewAt: number;
  if (!hasInterview) {
    // The appointment lies ahead: an interview to hold in the coming days.
    interviewAt =
      slot.kind === 'credible_fear'
        ? Math.max(consultationEnds, clock + 2 * HOUR) + minutes(0, 36 * 60)
        : clock + minutes(60, slot.urgency === 'due_soon' ? 20 * 60 : 48 * 60);
  } else if (slot.kind === 'credible_fear') {
    interviewAt = Math.max(consultationEnds, scheduledAt + HOUR) + minutes(0, 12 * 60);
  } else {
    // Leave room for what follows the interview before the clock (or the approval).
    const latest = (slot.stage === 'interviewed' ? clock : approvalAt) - 8 * HOUR;
    interviewAt = scheduledAt + HOUR + Math.round((latest - scheduledAt - HOUR) * (0.2 + 0.7 * r.next()));
  }
  run.changeScreening(officer, iso(scheduledAt), screeningId, (s, ctx) =>
    scheduleInterview(s, { interviewAt: iso(interviewAt), consultationWaived: waived }, ctx),
  );
  if (slot.stage === 'scheduled') return;

  const drawn = buildTestimony(r, {
    kind: slot.kind,
    positive: slot.result === null ? r.chance(0.5) : slot.result === 'positive',
    nationality: input.person.nationality,
    encounterAt: plan.encounterAt,
    counselPresent: plan.counselPresent,
    harmInMexico: 0,
  });
  const testimony = slot.harmInMexico
    ? {
        ...drawn,
        harmSuffered: [
          ...drawn.harmSuffered,
          {
            where: 'mexico' as const,
            kind: r.pick(['kidnapping', 'extortion', 'assault', 'robbery']),
            when: iso(encounterAt - r.between(3, 40) * DAY).slice(0, 10),
          },
        ],
      }
    : drawn;
  const recordedAt = interviewAt + minutes(45, 150);
  run.changeScreening(officer, iso(recordedAt), screeningId, (s, ctx) =>
    recordInterview(s, { at: iso(interviewAt), testimony }, ctx),
  );
  if (slot.stage === 'interviewed') return;

  const standard = legalStandardFor(slot.kind, iso(interviewAt));
  if (!standard.ok || slot.result === null)
    throw new SeedRuleError(`a ${slot.kind} ${slot.stage} needs a result and a standard`);
  const result = slot.result;
  const decide = (at: number): void => {
    const determination = {
      result,
      standard: standard.value,
      reasoning: buildReasoning(r, result === 'positive'),
    };
    run.changeScreening(officer, iso(at), screeningId, (s, ctx) => decideScreening(s, determination, ctx));
  };
  const review = (at: number, outcome: 'concur' | 'return'): void => {
    const note = outcome === 'return' ? 'Develop the nexus and state-protection questions further.' : '';
    run.changeScreening(plan.office.supervisor, iso(at), screeningId, (s, ctx) =>
      reviewDetermination(s, { outcome, note }, ctx),
    );
  };
  const before = slot.stage === 'ij_review' ? approvalAt : clock - 15 * MINUTE;
  const [decidedAt, reviewedAt] = spread(recordedAt + 20 * MINUTE, before - 20 * MINUTE, 2) as [
    number,
    number,
  ];
  switch (slot.stage) {
    case 'decided':
      decide(decidedAt);
      return;
    case 'returned':
      decide(decidedAt);
      review(reviewedAt, 'return');
      return;
    case 'approved':
      decide(decidedAt);
      review(reviewedAt, 'concur');
      return;
    case 'ij_review': {
      decide(decidedAt);
      review(approvalAt, 'concur');
      const servedAt = approvalAt + minutes(10, 180);
      run.changeScreening(officer, iso(servedAt), screeningId, (s, ctx) =>
        serveDetermination(s, { at: ctx.now }, ctx),
      );
      run.changeScreening(officer, iso(servedAt + minutes(1, 30)), screeningId, (s, ctx) =>
        requestIjReview(s, { at: ctx.now, court: plan.office.court.office }, ctx),
      );
      return;
    }
  }
}

// The encounter and the fear claim that refers the screening at `referredAt` (a credible fear after arrival at the
// detention site), by the office's intake officer.
function openAndRefer(
  run: CaseRun,
  input: WorkloadCaseInput,
  referredAt: number,
): { screeningId: string; detentionArrivalAt: number | null; encounterAt: number } {
  const r = run.random;
  const { office, person } = input;
  const isCredibleFear = input.slot.kind === 'credible_fear';
  const encounterAt = referredAt - (isCredibleFear ? r.between(8, 30) : r.between(4, 48)) * HOUR;
  const openedAt = encounterAt + r.between(30, 120) * MINUTE;
  const detentionArrivalAt = isCredibleFear ? openedAt + r.between(60, 180) * MINUTE : null;
  const place = r.chance(0.6)
    ? office.office.port
    : `${office.office.port.split(' POE')[0]} Border Patrol sector`;
  run.open(office.intake, iso(openedAt), person, true, {
    id: input.caseId,
    personId: person.id,
    nationality: person.nationality,
    office: office.office.code,
    track: input.track,
    encounter: { at: iso(encounterAt), place, arrivedByLandFromMexico: r.chance(0.95) },
    vulnerabilities: [],
    isSynthetic: true,
  });
  const screeningId = r.uuid();
  run.claimFear(
    office.intake,
    iso(referredAt),
    {
      id: r.uuid(),
      at: iso(referredAt),
      raisedHow: r.chance(isCredibleFear ? 0.7 : 0.5) ? 'when_asked' : 'unprompted',
      raisedTo: isCredibleFear || r.chance(0.5) ? 'cbp' : 'other',
      occasion: 'encounter',
      screeningId,
    },
    detentionArrivalAt === null ? null : iso(detentionArrivalAt),
  );
  return { screeningId, detentionArrivalAt, encounterAt };
}

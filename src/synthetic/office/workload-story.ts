// One open case of the current workload: a credible- or reasonable-fear screening taken through the same transitions
// as the historical stories, then left at its slot's open stage, every act dated before the seeding clock.
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
import { referralTimes, type WorkloadSlot } from './workload-slot.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number): string => new Date(ms).toISOString();

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

/** Runs the case to its slot's stage; every act falls before the clock (the run refuses any after it). */
export function runWorkloadCase(run: CaseRun, input: WorkloadCaseInput): void {
  const r = run.random;
  const { slot } = input;
  const clock = Date.parse(input.clock);
  const minutes = (min: number, max: number): number => r.between(Math.round(min), Math.round(max)) * MINUTE;
  // n instants drawn in (from, to), in order.
  const spread = (from: number, to: number, n: number): number[] =>
    Array.from({ length: n }, () => from + Math.round(r.next() * (to - from))).sort((a, b) => a - b);

  const { referredAt, approvalAt } = referralTimes(r, slot, clock);

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

// Factories for the pure domain tests: small builders with sensible defaults, and a driver that walks a screening
// through its real transitions so a test starts from a state the rules themselves produced.
import type { CommandContext, Role } from '../src/domain/actor.ts';
import type { AppError, Result } from '../src/domain/errors.ts';
import type { CaseRecord, ReturnToMexico } from '../src/domain/cases/case.ts';
import type { EnrolInput, OpenCaseInput, ReturnInput } from '../src/domain/cases/case.transitions.ts';
import type { Hearing, Proceeding } from '../src/domain/court/proceeding.ts';
import type { DomainEvent } from '../src/domain/events/event-catalogue.ts';
import type { HarmReport } from '../src/domain/harm/harm-report.ts';
import type { ScreeningKind } from '../src/domain/screenings/legal-standard.ts';
import type { Screening, ScreeningStatus, Testimony } from '../src/domain/screenings/screening.ts';
import { assignScreening } from '../src/domain/screenings/assignment.transitions.ts';
import { decideScreening, reviewDetermination } from '../src/domain/screenings/determination.transitions.ts';
import { recordInterview, scheduleInterview } from '../src/domain/screenings/interview.transitions.ts';
import { referScreening } from '../src/domain/screenings/referral.transitions.ts';
import {
  declineIjReview,
  recordIjDecision,
  requestIjReview,
  serveDetermination,
} from '../src/domain/screenings/service-and-ij-review.transitions.ts';
import type { Transition } from '../src/domain/transition.ts';

/** A fixed "now" well after every scenario date, so nothing a test records is in the future by accident. */
export const TEST_NOW = '2024-06-01T12:00:00.000Z';

/** The ids the factories use for the usual actors. */
export const OFFICER_ID = 'officer-1';
export const OTHER_OFFICER_ID = 'officer-2';
export const SUPERVISOR_ID = 'supervisor-1';

/** A command context for an actor of the given role (the id defaults to `<role>-1`). */
export function ctxFor(role: Role, id = `${role}-1`, now = TEST_NOW): CommandContext {
  return { actor: { id, role, office: 'HOU' }, now };
}

/** Returns the value of a success, or throws with the rejection's code and message (so a test failure says why). */
export function okValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Returns the AppError of a rejection, or throws if the call succeeded. */
export function rejection<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error('expected a rejection, but the command succeeded');
  return result.error;
}

/** The new state of a successful transition (throws with the rejection otherwise). */
export const stateOf = <S>(t: Transition<S>): S => okValue(t).state;

/** The event types of a successful transition. */
export const eventTypes = <S>(t: Transition<S>): DomainEvent['type'][] =>
  okValue(t).events.map((e) => e.type);

/** Testimony with no harm in Mexico unless overridden. */
export function buildTestimony(overrides: Partial<Testimony> = {}): Testimony {
  return {
    fearOf: ['gang'],
    harmSuffered: [{ where: 'home_country', kind: 'assault', when: '2018-11-02' }],
    protectedGrounds: ['political_opinion'],
    tortureClaimed: false,
    language: 'Spanish',
    interpreterUsed: true,
    counselPresent: false,
    ...overrides,
  };
}

/** A referred, unassigned screening record built directly (for tests of read-only functions). */
export function buildScreening(overrides: Partial<Screening> = {}): Screening {
  return {
    id: 'scr-1',
    caseId: 'case-1',
    kind: 'credible_fear',
    office: 'HOU',
    status: 'referred',
    referredAt: '2019-03-01T10:00:00.000Z',
    officerId: null,
    declinedBy: [],
    detentionArrivalAt: null,
    consultationWaived: false,
    interviewAt: null,
    interview: null,
    determinations: [],
    reviews: [],
    servedAt: null,
    ijReview: { requestedAt: null, declinedAt: null, decision: null, decidedAt: null },
    dissolvedReason: null,
    ...overrides,
  };
}

/** The dates a driven screening of each kind uses: a referral, and an interview inside the right period. */
export const SCREENING_DATES: Record<
  ScreeningKind,
  { referredAt: string; interviewAt: string; standard: string }
> = {
  credible_fear: {
    referredAt: '2019-03-01T10:00:00.000Z',
    interviewAt: '2019-03-04T10:00:00.000Z',
    standard: 'significant_possibility',
  },
  reasonable_fear: {
    referredAt: '2020-05-01T10:00:00.000Z',
    interviewAt: '2020-05-04T10:00:00.000Z',
    standard: 'reasonable_possibility',
  },
  mpp_interview: {
    referredAt: '2019-06-10T10:00:00.000Z',
    interviewAt: '2019-06-11T10:00:00.000Z',
    standard: 'more_likely_than_not',
  },
};

/** How far to drive a screening, and the choices on the way. */
export interface DriveOptions {
  kind?: ScreeningKind;
  result?: 'positive' | 'negative';
  testimony?: Testimony;
  /** Stop once the screening reaches this status (`ij_review_requested` etc. need a negative credible/reasonable fear). */
  until: ScreeningStatus;
  /** Other referral and interview dates (and the standard decided under) than SCREENING_DATES[kind]. */
  dates?: { referredAt: string; interviewAt: string; standard: string };
}

/** Drives a screening through its real transitions to the status asked for, collecting every event on the way. */
export function driveScreening(opts: DriveOptions): { screening: Screening; events: DomainEvent[] } {
  const kind = opts.kind ?? 'credible_fear';
  const dates = opts.dates ?? SCREENING_DATES[kind];
  const events: DomainEvent[] = [];
  const step = (t: Transition<Screening>): Screening => {
    const value = okValue(t);
    events.push(...value.events);
    return value.state;
  };
  const officer = ctxFor('officer', OFFICER_ID, addMinutes(dates.interviewAt, 60));
  const supervisor = ctxFor('supervisor', SUPERVISOR_ID, addMinutes(dates.interviewAt, 120));
  let s = step(
    referScreening(
      { id: 'scr-1', caseId: 'case-1', kind, office: 'HOU', referredAt: dates.referredAt },
      ctxFor('intake'),
    ),
  );
  if (opts.until === 'referred') return { screening: s, events };
  s = step(
    assignScreening(
      s,
      { officerId: OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
      supervisor,
    ),
  );
  s = step(scheduleInterview(s, { interviewAt: dates.interviewAt }, supervisor));
  if (opts.until === 'scheduled') return { screening: s, events };
  s = step(
    recordInterview(s, { at: dates.interviewAt, testimony: opts.testimony ?? buildTestimony() }, officer),
  );
  if (opts.until === 'interviewed') return { screening: s, events };
  s = step(
    decideScreening(
      s,
      {
        result: opts.result ?? 'negative',
        standard: dates.standard,
        reasoning: 'Testimony weighed against country conditions.',
      },
      officer,
    ),
  );
  if (opts.until === 'decided') return { screening: s, events };
  s = step(reviewDetermination(s, { outcome: 'concur', note: '' }, supervisor));
  if (opts.until === 'approved') return { screening: s, events };
  s = step(
    serveDetermination(
      s,
      { at: addMinutes(dates.interviewAt, 180) },
      ctxFor('officer', OFFICER_ID, TEST_NOW),
    ),
  );
  if (opts.until === 'served') return { screening: s, events };
  if (opts.until === 'ij_review_declined') {
    s = step(
      declineIjReview(
        s,
        { at: addMinutes(dates.interviewAt, 200), refusedToIndicate: false },
        ctxFor('officer', OFFICER_ID),
      ),
    );
    return { screening: s, events };
  }
  s = step(requestIjReview(s, { at: addMinutes(dates.interviewAt, 200) }, ctxFor('officer', OFFICER_ID)));
  if (opts.until === 'ij_review_requested') return { screening: s, events };
  const decision = opts.until === 'ij_vacated' ? 'vacated' : 'affirmed';
  s = step(recordIjDecision(s, { decision, at: addMinutes(dates.interviewAt, 60 * 48) }, ctxFor('court')));
  if (opts.until === 'ij_affirmed' || opts.until === 'ij_vacated') return { screening: s, events };
  throw new Error(`driveScreening cannot reach "${opts.until}"`);
}

/** The instant `minutes` after `instant`. */
export const addMinutes = (instant: string, minutes: number): string =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();

/** An open expedited-removal case unless overridden. */
export function buildCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'case-1',
    personId: 'person-1',
    office: 'HOU',
    track: 'expedited_removal',
    status: 'open',
    encounter: { at: '2019-03-01T08:00:00.000Z', place: 'Laredo POE', arrivedByLandFromMexico: true },
    vulnerabilities: [],
    mpp: { state: 'not_applicable' },
    returns: [],
    fearClaims: [],
    isSynthetic: true,
    ...overrides,
  };
}

/** An MPP case enrolled in the 2019 term (NTA served 2019-06-01, first hearing 2019-09-03, address given). */
export function buildMppCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return buildCase({
    track: 'mpp',
    encounter: { at: '2019-06-01T08:00:00.000Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
    mpp: {
      state: 'enrolled',
      term: '2019',
      at: '2019-06-01T12:00:00.000Z',
      ntaServedAt: '2019-06-01T12:00:00.000Z',
      firstHearingDate: '2019-09-03',
      hearingLocation: 'El Paso',
      noticeAddress: 'Albergue, Ciudad Juárez',
    },
    ...overrides,
  });
}

/** A return to Mexico. */
export function buildReturn(overrides: Partial<ReturnToMexico> = {}): ReturnToMexico {
  return {
    id: 'ret-1',
    at: '2019-06-02T10:00:00.000Z',
    port: 'El Paso POE',
    hearingDate: '2019-09-03',
    hearingLocation: 'El Paso',
    overrideReason: null,
    ...overrides,
  };
}

/** A harm report (linked to ret-1 unless overridden). */
export function buildHarmReport(overrides: Partial<HarmReport> = {}): HarmReport {
  return {
    id: 'harm-1',
    caseId: 'case-1',
    kind: 'kidnapping',
    occurredOn: '2019-07-15',
    place: 'Ciudad Juárez',
    source: 'applicant',
    returnId: 'ret-1',
    description: '',
    ...overrides,
  };
}

/** An open removal proceeding opened on an NTA. */
export function buildProceeding(overrides: Partial<Proceeding> = {}): Proceeding {
  return {
    id: 'proc-1',
    caseId: 'case-1',
    kind: 'removal',
    origin: 'nta',
    court: 'El Paso',
    openedAt: '2019-06-01T12:00:00.000Z',
    status: 'open',
    hearings: [],
    applications: [],
    outcome: null,
    completedAt: null,
    isRepresented: false,
    ...overrides,
  };
}

/** A master-calendar hearing in person, attendance not yet recorded. */
export function buildHearing(overrides: Partial<Hearing> = {}): Hearing {
  return {
    id: 'hear-1',
    at: '2019-09-03T15:00:00.000Z',
    calendar: 'master',
    location: 'El Paso',
    medium: 'in_person',
    attendance: null,
    adjournmentReason: null,
    ...overrides,
  };
}

/** The input of openCase: an MPP-track land arrival at El Paso on 2019-06-01. */
export const openCaseInput = (overrides: Partial<OpenCaseInput> = {}): OpenCaseInput => ({
  id: 'case-1',
  personId: 'person-1',
  nationality: 'HN',
  office: 'ELP',
  track: 'mpp',
  encounter: { at: '2019-06-01T08:00:00Z', place: ' El Paso POE ', arrivedByLandFromMexico: true },
  ...overrides,
});

/** The input of enrolInMpp matching openCaseInput: NTA the same day, first hearing 2019-09-03. */
export const enrolInput = (overrides: Partial<EnrolInput> = {}): EnrolInput => ({
  nationality: 'HN',
  ntaServedAt: '2019-06-01T12:00:00Z',
  firstHearingDate: '2019-09-03',
  hearingLocation: 'El Paso',
  noticeAddress: 'Albergue, Ciudad Juárez',
  ...overrides,
});

/** The input of returnToMexico for buildMppCase: returned 2019-06-02, no open screening. */
export const returnInput = (overrides: Partial<ReturnInput> = {}): ReturnInput => ({
  id: 'ret-1',
  at: '2019-06-02T10:00:00Z',
  port: 'El Paso POE',
  hearingDate: '2019-09-03',
  hearingLocation: 'El Paso',
  hasOpenScreening: false,
  ...overrides,
});

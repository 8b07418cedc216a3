import { describe, expect, it } from 'vitest';
import {
  caseDeadlines,
  DUE_SOON_HOURS,
  nextScreeningDueAt,
  screeningDeadlines,
  type Deadline,
  type DeadlineKind,
} from './deadlines.ts';
import {
  decideScreening,
  reconsiderScreening,
  reviewDetermination,
} from '../screenings/determination.transitions.ts';
import { serveDetermination } from '../screenings/service-and-ij-review.transitions.ts';
import {
  addMinutes,
  buildCase,
  buildMppCase,
  buildProceeding,
  buildScreening,
  ctxFor,
  driveScreening,
  OFFICER_ID,
  stateOf,
  SUPERVISOR_ID,
} from '../../../test/factories.ts';

const find = (deadlines: Deadline[], kind: DeadlineKind): Deadline | undefined =>
  deadlines.find((d) => d.kind === kind);
const only = (deadlines: Deadline[], kind: DeadlineKind): Deadline => {
  const d = find(deadlines, kind);
  if (!d) throw new Error(`no ${kind} deadline among ${deadlines.map((x) => x.kind).join(', ') || 'none'}`);
  return d;
};

describe('the credible-fear consultation period', () => {
  const arrival = '2019-03-01T08:00:00.000Z';
  const referred = buildScreening({ detentionArrivalAt: arrival });

  it('is a waiting period of 48 hours from arrival: open before, met after', () => {
    const open = only(screeningDeadlines(referred, '2019-03-03T07:59:59.999Z'), 'consultation_period');
    expect(open).toMatchObject({
      dueAt: '2019-03-03T08:00:00.000Z',
      direction: 'earliest',
      state: 'open',
      metAt: null,
    });
    expect(only(screeningDeadlines(referred, '2019-03-03T08:00:00.000Z'), 'consultation_period').state).toBe(
      'met',
    );
  });

  it('is met by an interview after it', () => {
    const interviewed = buildScreening({
      detentionArrivalAt: arrival,
      status: 'interviewed',
      interview: {
        at: '2019-03-04T10:00:00.000Z',
        officerId: OFFICER_ID,
        testimony: driveScreening({ until: 'interviewed' }).screening.interview!.testimony,
      },
    });
    expect(
      only(screeningDeadlines(interviewed, '2019-03-05T00:00:00.000Z'), 'consultation_period'),
    ).toMatchObject({ state: 'met', metAt: '2019-03-04T10:00:00.000Z' });
  });

  it('does not exist when waived, without a detention arrival, or for other kinds', () => {
    expect(
      find(
        screeningDeadlines({ ...referred, consultationWaived: true }, '2019-03-02T00:00:00.000Z'),
        'consultation_period',
      ),
    ).toBeUndefined();
    expect(
      find(screeningDeadlines(buildScreening(), '2019-03-02T00:00:00.000Z'), 'consultation_period'),
    ).toBeUndefined();
    expect(
      find(
        screeningDeadlines({ ...referred, kind: 'reasonable_fear' }, '2019-03-02T00:00:00.000Z'),
        'consultation_period',
      ),
    ).toBeUndefined();
  });
});

describe('IJ review of a negative credible fear: 7 days after supervisory approval', () => {
  const requested = driveScreening({ until: 'ij_review_requested' }).screening;
  const approval = '2019-03-04T12:00:00.000Z'; // driveScreening's supervisor concurs two hours after the interview
  const due = '2019-03-11T12:00:00.000Z';

  it('is due seven days after approval, not after the request', () => {
    expect(requested.reviews.at(-1)?.at).toBe(approval);
    expect(
      only(screeningDeadlines(requested, '2019-03-05T00:00:00.000Z'), 'ij_review_credible_fear'),
    ).toMatchObject({ dueAt: due, direction: 'latest', state: 'open', metAt: null });
  });

  it(`is due soon within ${DUE_SOON_HOURS} hours, overdue after`, () => {
    expect(
      only(screeningDeadlines(requested, '2019-03-09T11:59:59.999Z'), 'ij_review_credible_fear').state,
    ).toBe('open');
    expect(
      only(screeningDeadlines(requested, '2019-03-09T12:00:00.000Z'), 'ij_review_credible_fear').state,
    ).toBe('due_soon');
    expect(only(screeningDeadlines(requested, due), 'ij_review_credible_fear').state).toBe('due_soon');
    expect(
      only(screeningDeadlines(requested, '2019-03-11T12:00:00.001Z'), 'ij_review_credible_fear').state,
    ).toBe('overdue');
  });

  it('is met by a decision in time, and overdue (met late) otherwise', () => {
    const affirmed = driveScreening({ until: 'ij_affirmed' }).screening;
    expect(
      only(screeningDeadlines(affirmed, '2020-01-01T00:00:00.000Z'), 'ij_review_credible_fear'),
    ).toMatchObject({ state: 'met', metAt: '2019-03-06T10:00:00.000Z' });
    const late = { ...affirmed, ijReview: { ...affirmed.ijReview, decidedAt: '2019-03-12T10:00:00.000Z' } };
    expect(only(screeningDeadlines(late, '2020-01-01T00:00:00.000Z'), 'ij_review_credible_fear').state).toBe(
      'overdue',
    );
  });

  it('does not exist before a request, for a positive, or for an MPP interview', () => {
    expect(
      find(
        screeningDeadlines(driveScreening({ until: 'served' }).screening, '2019-03-05T00:00:00.000Z'),
        'ij_review_credible_fear',
      ),
    ).toBeUndefined();
    expect(
      find(
        screeningDeadlines(
          driveScreening({ until: 'ij_review_declined' }).screening,
          '2019-03-05T00:00:00.000Z',
        ),
        'ij_review_credible_fear',
      ),
    ).toBeUndefined();
    expect(
      screeningDeadlines(
        driveScreening({ kind: 'mpp_interview', until: 'served' }).screening,
        '2019-06-12T00:00:00.000Z',
      ),
    ).toEqual([]);
  });

  it('starts again after reconsideration: the earlier review does not satisfy the new determination', () => {
    const affirmed = driveScreening({ until: 'ij_affirmed' }).screening;
    const officer = ctxFor('officer', OFFICER_ID, '2019-04-01T10:00:00.000Z');
    const supervisor = ctxFor('supervisor', SUPERVISOR_ID, '2019-04-01T12:00:00.000Z');
    let s = stateOf(reconsiderScreening(affirmed, { reason: 'New evidence.' }, supervisor));
    s = stateOf(
      decideScreening(
        s,
        { result: 'negative', standard: 'significant_possibility', reasoning: 'Still no nexus.' },
        officer,
      ),
    );
    s = stateOf(reviewDetermination(s, { outcome: 'concur', note: '' }, supervisor));
    s = stateOf(serveDetermination(s, { at: '2019-04-01T13:00:00Z' }, ctxFor('officer', OFFICER_ID)));
    expect(
      find(screeningDeadlines(s, '2019-04-02T00:00:00.000Z'), 'ij_review_credible_fear'),
    ).toBeUndefined();
  });
});

describe('reasonable fear', () => {
  const referred = driveScreening({ kind: 'reasonable_fear', until: 'referred' }).screening; // referred 2020-05-01T10:00Z

  it('is determined within 10 days of referral', () => {
    expect(
      only(screeningDeadlines(referred, '2020-05-02T00:00:00.000Z'), 'reasonable_fear_determination'),
    ).toMatchObject({ dueAt: '2020-05-11T10:00:00.000Z', state: 'open' });
    expect(
      only(screeningDeadlines(referred, '2020-05-10T10:00:00.000Z'), 'reasonable_fear_determination').state,
    ).toBe('due_soon');
    expect(
      only(screeningDeadlines(referred, '2020-05-11T10:00:00.001Z'), 'reasonable_fear_determination').state,
    ).toBe('overdue');
    const decided = driveScreening({ kind: 'reasonable_fear', until: 'decided' }).screening;
    expect(
      only(screeningDeadlines(decided, '2020-06-01T00:00:00.000Z'), 'reasonable_fear_determination'),
    ).toMatchObject({ state: 'met', metAt: decided.determinations[0]?.at });
  });

  it('has no determination deadline once dissolved', () => {
    expect(
      find(
        screeningDeadlines({ ...referred, status: 'dissolved' }, '2020-06-01T00:00:00.000Z'),
        'reasonable_fear_determination',
      ),
    ).toBeUndefined();
  });

  it('IJ review is due 10 days after the request', () => {
    const requested = driveScreening({ kind: 'reasonable_fear', until: 'ij_review_requested' }).screening;
    const d = only(screeningDeadlines(requested, '2020-05-05T00:00:00.000Z'), 'ij_review_reasonable_fear');
    expect(d).toMatchObject({
      dueAt: addMinutes(requested.ijReview.requestedAt!, 10 * 24 * 60),
      state: 'open',
    });
    expect(
      only(screeningDeadlines(requested, '2020-05-30T00:00:00.000Z'), 'ij_review_reasonable_fear').state,
    ).toBe('overdue');
    expect(
      only(
        screeningDeadlines(
          driveScreening({ kind: 'reasonable_fear', until: 'ij_vacated' }).screening,
          '2020-05-30T00:00:00.000Z',
        ),
        'ij_review_reasonable_fear',
      ).state,
    ).toBe('met');
  });

  it('nextScreeningDueAt is the earliest open time limit', () => {
    expect(nextScreeningDueAt(referred, '2020-05-02T00:00:00.000Z')).toBe('2020-05-11T10:00:00.000Z');
    expect(
      nextScreeningDueAt(
        driveScreening({ kind: 'reasonable_fear', until: 'served' }).screening,
        '2020-05-05T00:00:00.000Z',
      ),
    ).toBeNull();
    expect(
      nextScreeningDueAt(
        buildScreening({ detentionArrivalAt: '2019-03-01T08:00:00.000Z' }),
        '2019-03-02T00:00:00.000Z',
      ),
    ).toBeNull();
  });
});

describe('the state does not depend on how "now" is written', () => {
  it('a now without milliseconds, or with an offset, at the due instant is due soon, not overdue', () => {
    const requested = driveScreening({ until: 'ij_review_requested' }).screening;
    expect(only(screeningDeadlines(requested, '2019-03-11T12:00:00Z'), 'ij_review_credible_fear').state).toBe(
      'due_soon',
    );
    expect(
      only(screeningDeadlines(requested, '2019-03-11T07:00:00-05:00'), 'ij_review_credible_fear').state,
    ).toBe('due_soon');
    const mpp = buildMppCase({
      encounter: { at: '2019-06-03T08:00:00.000Z', place: 'El Paso', arrivedByLandFromMexico: true },
    });
    expect(only(caseDeadlines(mpp, [], '2020-06-03T23:59:59Z'), 'asylum_application').state).toBe('due_soon');
  });
});

describe('the one-year asylum filing limit', () => {
  const asylum = (filedAt: string) =>
    buildProceeding({
      applications: [{ id: 'app-1', kind: 'asylum', filedAt, decision: null, decidedAt: null }],
    });
  // Encounter on Friday 2019-03-01: the anniversary, 2020-03-01, is a Sunday, so the limit runs to the end of Monday.
  const friday = buildCase({
    encounter: { at: '2019-03-01T08:00:00.000Z', place: 'Hidalgo', arrivedByLandFromMexico: true },
  });

  it('applies once there are proceedings (or on the MPP track), not before', () => {
    expect(find(caseDeadlines(friday, [], '2019-04-01T00:00:00.000Z'), 'asylum_application')).toBeUndefined();
    expect(
      find(caseDeadlines(buildMppCase(), [], '2019-07-01T00:00:00.000Z'), 'asylum_application'),
    ).toBeDefined();
    expect(
      only(caseDeadlines(friday, [buildProceeding()], '2019-04-01T00:00:00.000Z'), 'asylum_application')
        .state,
    ).toBe('open');
  });

  it('runs to the end of the anniversary, carried over a weekend to the next weekday [8 CFR 208.4(a)(2)(ii)]', () => {
    expect(
      only(caseDeadlines(friday, [buildProceeding()], '2019-04-01T00:00:00.000Z'), 'asylum_application')
        .dueAt,
    ).toBe('2020-03-02T23:59:59.999Z');
    const weekday = buildCase({
      encounter: { at: '2019-06-03T08:00:00.000Z', place: 'Hidalgo', arrivedByLandFromMexico: true },
    });
    expect(
      only(caseDeadlines(weekday, [buildProceeding()], '2019-07-01T00:00:00.000Z'), 'asylum_application')
        .dueAt,
    ).toBe('2020-06-03T23:59:59.999Z');
  });

  it('a filing later on the last day is in time; the day after is late', () => {
    expect(
      only(
        caseDeadlines(friday, [asylum('2020-03-02T18:00:00.000Z')], '2020-06-01T00:00:00.000Z'),
        'asylum_application',
      ),
    ).toMatchObject({ state: 'met', metAt: '2020-03-02T18:00:00.000Z' });
    expect(
      only(
        caseDeadlines(friday, [asylum('2020-03-03T09:00:00.000Z')], '2020-06-01T00:00:00.000Z'),
        'asylum_application',
      ).state,
    ).toBe('overdue');
    expect(
      only(caseDeadlines(friday, [buildProceeding()], '2020-03-03T00:00:00.000Z'), 'asylum_application')
        .state,
    ).toBe('overdue');
  });

  it('counts the earliest asylum application across proceedings', () => {
    const d = only(
      caseDeadlines(
        friday,
        [asylum('2020-05-01T10:00:00.000Z'), { ...asylum('2019-12-01T10:00:00.000Z'), id: 'proc-2' }],
        '2020-06-01T00:00:00.000Z',
      ),
      'asylum_application',
    );
    expect(d).toMatchObject({ state: 'met', metAt: '2019-12-01T10:00:00.000Z' });
  });
});

describe('the MPP first-hearing target (policy: within 6 months of enrolment)', () => {
  it('is met by a first hearing within six months, and missed by a later one', () => {
    const d = only(caseDeadlines(buildMppCase(), [], '2019-07-01T00:00:00.000Z'), 'mpp_first_hearing_target');
    expect(d).toMatchObject({
      dueAt: '2019-12-01T12:00:00.000Z',
      state: 'met',
      metAt: '2019-09-03T00:00:00.000Z',
    });
    expect(d.basis).toContain('not law');
    const late = buildMppCase({
      mpp: {
        state: 'enrolled',
        term: '2019',
        at: '2019-06-01T12:00:00.000Z',
        ntaServedAt: '2019-06-01T12:00:00.000Z',
        firstHearingDate: '2020-01-15',
        hearingLocation: 'El Paso',
        noticeAddress: null,
      },
    });
    expect(only(caseDeadlines(late, [], '2019-07-01T00:00:00.000Z'), 'mpp_first_hearing_target').state).toBe(
      'overdue',
    );
  });

  it('does not exist for a case not enrolled', () => {
    expect(
      find(caseDeadlines(buildCase(), [], '2019-07-01T00:00:00.000Z'), 'mpp_first_hearing_target'),
    ).toBeUndefined();
  });
});

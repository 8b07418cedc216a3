// A screening's whole life through its transitions, stage by stage: each step's state and its one event, for each kind.
import { describe, expect, it } from 'vitest';
import { SCREENING_KINDS } from './legal-standard.ts';
import { approvedAt, latestDetermination } from './screening.ts';
import { assignScreening } from './assignment.transitions.ts';
import { decideScreening, reconsiderScreening, reviewDetermination } from './determination.transitions.ts';
import { recordInterview, scheduleInterview } from './interview.transitions.ts';
import { dissolveScreening, referScreening } from './referral.transitions.ts';
import {
  declineIjReview,
  recordIjDecision,
  requestIjReview,
  serveDetermination,
} from './service-and-ij-review.transitions.ts';
import {
  addMinutes,
  buildTestimony,
  ctxFor,
  driveScreening,
  eventTypes,
  OFFICER_ID,
  okValue,
  rejection,
  SCREENING_DATES,
  stateOf,
  SUPERVISOR_ID,
} from '../../../test/factories.ts';

const supervisor = ctxFor('supervisor', SUPERVISOR_ID);
const officer = ctxFor('officer', OFFICER_ID);

describe('a credible-fear screening, step by step', () => {
  const dates = SCREENING_DATES.credible_fear;

  it('refers: an unassigned record and a screening.referred event', () => {
    const t = okValue(
      referScreening(
        {
          id: 'scr-9',
          caseId: 'case-9',
          kind: 'credible_fear',
          office: 'HOU',
          referredAt: '2019-03-01T05:00:00-05:00',
          detentionArrivalAt: '2019-03-01T08:00:00Z',
        },
        ctxFor('intake'),
      ),
    );
    expect(t.state).toMatchObject({
      id: 'scr-9',
      caseId: 'case-9',
      status: 'referred',
      officerId: null,
      declinedBy: [],
      referredAt: '2019-03-01T10:00:00.000Z',
      detentionArrivalAt: '2019-03-01T08:00:00.000Z',
    });
    expect(t.events).toEqual([
      {
        type: 'screening.referred',
        caseId: 'case-9',
        payload: {
          screeningId: 'scr-9',
          kind: 'credible_fear',
          office: 'HOU',
          referredAt: '2019-03-01T10:00:00.000Z',
          detentionArrivalAt: '2019-03-01T08:00:00.000Z',
        },
      },
    ]);
  });

  it('assigns, schedules, interviews, decides, reviews and serves, each step with its one event', () => {
    let s = driveScreening({ until: 'referred' }).screening;
    const assigned = okValue(
      assignScreening(
        s,
        {
          officerId: OFFICER_ID,
          officerRole: 'officer',
          officerOffice: 'HOU',
          declinedCategories: ['mpp_interview'],
        },
        supervisor,
      ),
    );
    expect(assigned.state.officerId).toBe(OFFICER_ID);
    expect(assigned.events).toEqual([
      {
        type: 'screening.assigned',
        caseId: 'case-1',
        payload: { screeningId: 'scr-1', officerId: OFFICER_ID, previousOfficerId: null },
      },
    ]);
    s = assigned.state;

    const scheduled = okValue(scheduleInterview(s, { interviewAt: dates.interviewAt }, officer));
    expect(scheduled.state).toMatchObject({
      status: 'scheduled',
      interviewAt: dates.interviewAt,
      consultationWaived: false,
    });
    expect(scheduled.events[0]?.type).toBe('screening.scheduled');
    s = scheduled.state;

    const testimony = buildTestimony({
      harmSuffered: [{ where: 'in_transit', kind: 'robbery', when: null }],
      counselPresent: true,
      language: ' K\u2019iche\u2019 ',
    });
    const interviewed = okValue(recordInterview(s, { at: dates.interviewAt, testimony }, officer));
    expect(interviewed.state.status).toBe('interviewed');
    expect(interviewed.state.interview).toMatchObject({
      at: dates.interviewAt,
      officerId: OFFICER_ID,
      testimony: { language: 'K\u2019iche\u2019', counselPresent: true },
    });
    expect(interviewed.events[0]).toMatchObject({
      type: 'screening.interviewed',
      payload: {
        screeningId: 'scr-1',
        officerId: OFFICER_ID,
        testimony: { harmSuffered: [{ where: 'in_transit' }] },
      },
    });
    s = interviewed.state;

    const decideAt = ctxFor('officer', OFFICER_ID, '2019-03-04T15:00:00.000Z');
    const decided = okValue(
      decideScreening(
        s,
        { result: 'negative', standard: 'significant_possibility', reasoning: '  No nexus shown.  ' },
        decideAt,
      ),
    );
    expect(decided.state.status).toBe('decided');
    expect(latestDetermination(decided.state)).toEqual({
      result: 'negative',
      standard: 'significant_possibility',
      reasoning: 'No nexus shown.',
      officerId: OFFICER_ID,
      at: '2019-03-04T15:00:00.000Z',
    });
    expect(decided.events[0]).toMatchObject({
      type: 'screening.decided',
      payload: { result: 'negative', standard: 'significant_possibility', officerId: OFFICER_ID },
    });
    s = decided.state;

    const reviewed = okValue(
      reviewDetermination(
        s,
        { outcome: 'concur', note: ' ' },
        ctxFor('supervisor', SUPERVISOR_ID, '2019-03-04T16:00:00.000Z'),
      ),
    );
    expect(reviewed.state.status).toBe('approved');
    expect(approvedAt(reviewed.state)).toBe('2019-03-04T16:00:00.000Z');
    expect(reviewed.events[0]).toMatchObject({
      type: 'screening.reviewed',
      payload: { outcome: 'concur', supervisorId: SUPERVISOR_ID, note: '' },
    });
    s = reviewed.state;

    const served = okValue(serveDetermination(s, { at: '2019-03-04T17:00:00Z' }, ctxFor('intake')));
    expect(served.state).toMatchObject({ status: 'served', servedAt: '2019-03-04T17:00:00.000Z' });
    expect(served.events).toEqual([
      {
        type: 'screening.served',
        caseId: 'case-1',
        payload: {
          screeningId: 'scr-1',
          at: '2019-03-04T17:00:00.000Z',
          result: 'negative',
          kind: 'credible_fear',
        },
      },
    ]);
  });

  it('goes to IJ review on request, and the judge affirms or vacates', () => {
    const served = driveScreening({ until: 'served' }).screening;
    const requested = okValue(requestIjReview(served, { at: addMinutes(dates.interviewAt, 200) }, officer));
    expect(requested.state.status).toBe('ij_review_requested');
    expect(requested.state.ijReview.requestedAt).toBe(addMinutes(dates.interviewAt, 200));
    expect(requested.events[0]?.type).toBe('screening.ij_review_requested');

    const affirmed = okValue(
      recordIjDecision(
        requested.state,
        { decision: 'affirmed', at: '2019-03-05T10:00:00Z' },
        ctxFor('court'),
      ),
    );
    expect(affirmed.state).toMatchObject({
      status: 'ij_affirmed',
      ijReview: { decision: 'affirmed', decidedAt: '2019-03-05T10:00:00.000Z' },
    });
    expect(affirmed.events).toEqual([
      {
        type: 'screening.ij_decided',
        caseId: 'case-1',
        payload: { screeningId: 'scr-1', decision: 'affirmed', at: '2019-03-05T10:00:00.000Z' },
      },
    ]);

    const vacated = stateOf(
      recordIjDecision(requested.state, { decision: 'vacated', at: '2019-03-05T10:00:00Z' }, ctxFor('court')),
    );
    expect(vacated.status).toBe('ij_vacated');
  });

  it('records an explicitly declined IJ review', () => {
    const served = driveScreening({ until: 'served' }).screening;
    const declined = okValue(
      declineIjReview(served, { at: addMinutes(dates.interviewAt, 200), refusedToIndicate: false }, officer),
    );
    expect(declined.state.status).toBe('ij_review_declined');
    expect(declined.state.ijReview.declinedAt).toBe(addMinutes(dates.interviewAt, 200));
    expect(declined.events[0]).toMatchObject({
      type: 'screening.ij_review_declined',
      payload: { refusedToIndicate: false },
    });
  });
});

describe('the whole life of each kind', () => {
  it.each(SCREENING_KINDS)(
    '%s: refer → assign → schedule → interview → decide → concur → serve, one event each',
    (kind) => {
      const { screening, events } = driveScreening({ kind, until: 'served' });
      expect(screening.status).toBe('served');
      expect(events.map((e) => e.type)).toEqual([
        'screening.referred',
        'screening.assigned',
        'screening.scheduled',
        'screening.interviewed',
        'screening.decided',
        'screening.reviewed',
        'screening.served',
      ]);
      expect(
        events.every(
          (e) => e.caseId === 'case-1' && 'screeningId' in e.payload && e.payload.screeningId === 'scr-1',
        ),
      ).toBe(true);
      expect(latestDetermination(screening)?.standard).toBe(SCREENING_DATES[kind].standard);
    },
  );

  it.each(['credible_fear', 'reasonable_fear'] as const)(
    '%s: a served negative goes on to IJ review, decided either way',
    (kind) => {
      expect(driveScreening({ kind, until: 'ij_affirmed' }).screening.status).toBe('ij_affirmed');
      expect(driveScreening({ kind, until: 'ij_vacated' }).screening.status).toBe('ij_vacated');
      expect(driveScreening({ kind, until: 'ij_review_declined' }).screening.status).toBe(
        'ij_review_declined',
      );
    },
  );

  it('an MPP interview in the 2021 term is decided under reasonable possibility', () => {
    const dates = {
      referredAt: '2022-02-01T10:00:00.000Z',
      interviewAt: '2022-02-02T10:00:00.000Z',
      standard: 'reasonable_possibility',
    };
    const { screening } = driveScreening({ kind: 'mpp_interview', until: 'served', dates });
    expect(latestDetermination(screening)?.standard).toBe('reasonable_possibility');
  });

  it('an MPP negative ends at service: there is no IJ review to request or decline', () => {
    const { screening } = driveScreening({ kind: 'mpp_interview', until: 'served' });
    const requested = rejection(requestIjReview(screening, { at: '2019-06-12T10:00:00Z' }, officer));
    expect(requested.code).toBe('NO_IJ_REVIEW');
    expect(requested.message).toContain('no immigration-judge review of an MPP determination');
    expect(
      rejection(declineIjReview(screening, { at: '2019-06-12T10:00:00Z', refusedToIndicate: false }, officer))
        .code,
    ).toBe('NO_IJ_REVIEW');
  });

  it('a served positive credible fear has no IJ review either (only negatives go to the judge)', () => {
    const { screening } = driveScreening({ until: 'served', result: 'positive' });
    expect(rejection(requestIjReview(screening, { at: '2019-03-05T10:00:00Z' }, officer)).code).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('supervisory return for rework', () => {
  it('sends the determination back to the officer, who decides again; both determinations and reviews stay', () => {
    const decided = driveScreening({ until: 'decided' }).screening;
    const returned = okValue(
      reviewDetermination(decided, { outcome: 'return', note: 'Ask about the 2018 threats.' }, supervisor),
    );
    expect(returned.state.status).toBe('interviewed');
    expect(returned.events[0]).toMatchObject({
      type: 'screening.reviewed',
      payload: { outcome: 'return', note: 'Ask about the 2018 threats.' },
    });
    expect(approvedAt(returned.state)).toBeUndefined();

    const again = stateOf(
      decideScreening(
        returned.state,
        {
          result: 'positive',
          standard: 'significant_possibility',
          reasoning: 'Threats tied to political opinion.',
        },
        officer,
      ),
    );
    const concurred = stateOf(reviewDetermination(again, { outcome: 'concur', note: '' }, supervisor));
    expect(concurred.determinations.map((d) => d.result)).toEqual(['negative', 'positive']);
    expect(concurred.reviews.map((r) => r.outcome)).toEqual(['return', 'concur']);
    expect(concurred.status).toBe('approved');
  });
});

describe('dissolve', () => {
  it.each(['referred', 'scheduled', 'interviewed', 'decided', 'approved'] as const)(
    'a supervisor dissolves a %s screening with a reason',
    (until) => {
      const { screening } = driveScreening({ until });
      const t = okValue(dissolveScreening(screening, { reason: ' Withdrew the claim. ' }, supervisor));
      expect(t.state).toMatchObject({ status: 'dissolved', dissolvedReason: 'Withdrew the claim.' });
      expect(t.events).toEqual([
        {
          type: 'screening.dissolved',
          caseId: 'case-1',
          payload: { screeningId: 'scr-1', reason: 'Withdrew the claim.' },
        },
      ]);
    },
  );

  it('cannot dissolve once served, nor without a reason, nor as an officer', () => {
    expect(
      rejection(dissolveScreening(driveScreening({ until: 'served' }).screening, { reason: 'x' }, supervisor))
        .code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        dissolveScreening(driveScreening({ until: 'referred' }).screening, { reason: '  ' }, supervisor),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(dissolveScreening(driveScreening({ until: 'referred' }).screening, { reason: 'x' }, officer))
        .code,
    ).toBe('FORBIDDEN');
  });
});

describe('reconsider', () => {
  it.each(['served', 'ij_review_declined', 'ij_affirmed'] as const)(
    'reopens a %s negative for a new determination, keeping the earlier one',
    (until) => {
      const { screening } = driveScreening({ until });
      const t = okValue(reconsiderScreening(screening, { reason: 'New evidence of threats.' }, supervisor));
      expect(t.state.status).toBe('interviewed');
      expect(t.state.servedAt).toBeNull();
      expect(t.state.determinations).toHaveLength(1);
      expect(t.events).toEqual([
        {
          type: 'screening.reconsidered',
          caseId: 'case-1',
          payload: { screeningId: 'scr-1', reason: 'New evidence of threats.' },
        },
      ]);
    },
  );

  it('clears the earlier IJ review, so the new determination gets its own', () => {
    const { screening } = driveScreening({ until: 'ij_affirmed' });
    const reopened = stateOf(reconsiderScreening(screening, { reason: 'New evidence.' }, supervisor));
    expect(reopened.ijReview).toEqual({
      requestedAt: null,
      declinedAt: null,
      decision: null,
      decidedAt: null,
    });
  });

  it('reconsiders only negatives, only as a supervisor, only with a reason, and not while review is pending', () => {
    expect(
      rejection(
        reconsiderScreening(
          driveScreening({ until: 'served', result: 'positive' }).screening,
          { reason: 'x' },
          supervisor,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(reconsiderScreening(driveScreening({ until: 'served' }).screening, { reason: 'x' }, officer))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      rejection(
        reconsiderScreening(driveScreening({ until: 'served' }).screening, { reason: '' }, supervisor),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        reconsiderScreening(
          driveScreening({ until: 'ij_review_requested' }).screening,
          { reason: 'x' },
          supervisor,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('the same officer decides again after reconsideration', () => {
    const reopened = stateOf(
      reconsiderScreening(
        driveScreening({ until: 'served' }).screening,
        { reason: 'New evidence.' },
        supervisor,
      ),
    );
    expect(
      eventTypes(
        decideScreening(
          reopened,
          { result: 'positive', standard: 'significant_possibility', reasoning: 'Corroborated.' },
          officer,
        ),
      ),
    ).toEqual(['screening.decided']);
  });
});

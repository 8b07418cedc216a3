// The rules a screening's content must meet: the consultation period, the legal standard of its period, valid input.
import { describe, expect, it } from 'vitest';
import { assignScreening } from './assignment.transitions.ts';
import { decideScreening, reviewDetermination } from './determination.transitions.ts';
import { CONSULTATION_HOURS, recordInterview, scheduleInterview } from './interview.transitions.ts';
import { referScreening } from './referral.transitions.ts';
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
  OFFICER_ID,
  okValue,
  rejection,
  SCREENING_DATES,
  stateOf,
  SUPERVISOR_ID,
  TEST_NOW,
} from '../../../test/factories.ts';

const supervisor = ctxFor('supervisor', SUPERVISOR_ID);
const officer = ctxFor('officer', OFFICER_ID);
const decision = { result: 'negative', standard: 'significant_possibility', reasoning: 'No nexus.' };

describe('the consultation period (credible fear)', () => {
  const arrival = '2019-03-01T08:00:00.000Z';
  const refer = (kind: string) =>
    stateOf(
      assignScreening(
        stateOf(
          referScreening(
            {
              id: 'scr-1',
              caseId: 'case-1',
              kind,
              office: 'HOU',
              referredAt: '2019-03-01T10:00:00Z',
              detentionArrivalAt: arrival,
            },
            ctxFor('intake'),
          ),
        ),
        { officerId: OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
        supervisor,
      ),
    );

  it(`an interview less than ${CONSULTATION_HOURS} hours after arrival at the detention site is rejected, naming the earliest time`, () => {
    const error = rejection(
      scheduleInterview(
        refer('credible_fear'),
        { interviewAt: addMinutes(arrival, 48 * 60 - 1) },
        supervisor,
      ),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ earliest: '2019-03-03T08:00:00.000Z' });
    expect(error.message).toContain('unless the person waives it');
  });

  it('exactly 48 hours after arrival is allowed', () => {
    expect(
      stateOf(
        scheduleInterview(refer('credible_fear'), { interviewAt: addMinutes(arrival, 48 * 60) }, supervisor),
      ).status,
    ).toBe('scheduled');
  });

  it('a waiver allows an earlier interview, and is recorded', () => {
    const t = okValue(
      scheduleInterview(
        refer('credible_fear'),
        { interviewAt: addMinutes(arrival, 60 * 6), consultationWaived: true },
        supervisor,
      ),
    );
    expect(t.state.consultationWaived).toBe(true);
    expect(t.events[0]?.payload).toMatchObject({ consultationWaived: true });
    expect(
      recordInterview(t.state, { at: addMinutes(arrival, 60 * 6), testimony: buildTestimony() }, officer).ok,
    ).toBe(true);
  });

  it('the interview itself cannot be recorded inside the period either, even if scheduled properly', () => {
    const scheduled = stateOf(
      scheduleInterview(refer('credible_fear'), { interviewAt: addMinutes(arrival, 48 * 60) }, supervisor),
    );
    expect(
      rejection(
        recordInterview(
          scheduled,
          { at: addMinutes(arrival, 47 * 60), testimony: buildTestimony() },
          officer,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('does not apply to reasonable fear', () => {
    const rfi = stateOf(
      assignScreening(
        stateOf(
          referScreening(
            {
              id: 's',
              caseId: 'c',
              kind: 'reasonable_fear',
              office: 'HOU',
              referredAt: '2019-03-01T10:00:00Z',
              detentionArrivalAt: arrival,
            },
            ctxFor('intake'),
          ),
        ),
        { officerId: OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
        supervisor,
      ),
    );
    expect(scheduleInterview(rfi, { interviewAt: '2019-03-01T12:00:00Z' }, supervisor).ok).toBe(true);
  });
});

describe('the legal standard of each determination', () => {
  it('an MPP interview in 2022 decided "more likely than not" is LEGAL_STANDARD_MISMATCH', () => {
    const dates = {
      referredAt: '2022-02-01T10:00:00.000Z',
      interviewAt: '2022-02-02T10:00:00.000Z',
      standard: 'reasonable_possibility',
    };
    const interviewed = driveScreening({ kind: 'mpp_interview', until: 'interviewed', dates }).screening;
    const error = rejection(
      decideScreening(
        interviewed,
        { result: 'negative', standard: 'more_likely_than_not', reasoning: 'x' },
        officer,
      ),
    );
    expect(error.code).toBe('LEGAL_STANDARD_MISMATCH');
    expect(error.details).toEqual({ required: 'reasonable_possibility', applied: 'more_likely_than_not' });
  });

  it('an MPP interview in 2019 decided "reasonable possibility" is LEGAL_STANDARD_MISMATCH', () => {
    const interviewed = driveScreening({ kind: 'mpp_interview', until: 'interviewed' }).screening;
    const error = rejection(
      decideScreening(
        interviewed,
        { result: 'positive', standard: 'reasonable_possibility', reasoning: 'x' },
        officer,
      ),
    );
    expect(error.code).toBe('LEGAL_STANDARD_MISMATCH');
    expect(error.details).toEqual({ required: 'more_likely_than_not', applied: 'reasonable_possibility' });
  });

  it('a credible fear decided under the reasonable-fear standard is LEGAL_STANDARD_MISMATCH', () => {
    expect(
      rejection(
        decideScreening(
          driveScreening({ until: 'interviewed' }).screening,
          { ...decision, standard: 'reasonable_possibility' },
          officer,
        ),
      ).code,
    ).toBe('LEGAL_STANDARD_MISMATCH');
  });

  it('an unknown standard, result or empty reasoning is VALIDATION_FAILED', () => {
    const interviewed = driveScreening({ until: 'interviewed' }).screening;
    expect(
      rejection(decideScreening(interviewed, { ...decision, standard: 'beyond_reasonable_doubt' }, officer))
        .details,
    ).toEqual({ field: 'standard' });
    expect(
      rejection(decideScreening(interviewed, { ...decision, result: 'maybe' }, officer)).details,
    ).toEqual({ field: 'result' });
    expect(
      rejection(decideScreening(interviewed, { ...decision, reasoning: '   ' }, officer)).details,
    ).toEqual({ field: 'reasoning' });
  });
});

describe('input', () => {
  it('an unknown kind, or an MPP referral outside MPP, is rejected', () => {
    expect(
      rejection(
        referScreening(
          { id: 's', caseId: 'c', kind: 'asylum', office: 'HOU', referredAt: '2019-03-01T10:00:00Z' },
          ctxFor('intake'),
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        referScreening(
          { id: 's', caseId: 'c', kind: 'mpp_interview', office: 'HOU', referredAt: '2021-09-01T10:00:00Z' },
          ctxFor('intake'),
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('dates in the future are rejected at every step that records the past', () => {
    const future = '2024-06-01T12:00:01.000Z';
    expect(TEST_NOW < future).toBe(true);
    expect(
      rejection(
        referScreening(
          { id: 's', caseId: 'c', kind: 'credible_fear', office: 'HOU', referredAt: future },
          ctxFor('intake'),
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        referScreening(
          {
            id: 's',
            caseId: 'c',
            kind: 'credible_fear',
            office: 'HOU',
            referredAt: '2019-03-01T10:00:00Z',
            detentionArrivalAt: future,
          },
          ctxFor('intake'),
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        recordInterview(
          driveScreening({ until: 'scheduled' }).screening,
          { at: future, testimony: buildTestimony() },
          officer,
        ),
      ).message,
    ).toContain('in the future');
    expect(
      rejection(serveDetermination(driveScreening({ until: 'approved' }).screening, { at: future }, officer))
        .code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(requestIjReview(driveScreening({ until: 'served' }).screening, { at: future }, officer)).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        declineIjReview(
          driveScreening({ until: 'served' }).screening,
          { at: future, refusedToIndicate: true },
          officer,
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        recordIjDecision(
          driveScreening({ until: 'ij_review_requested' }).screening,
          { decision: 'affirmed', at: future },
          ctxFor('court'),
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('an interview may be scheduled in the future', () => {
    expect(
      scheduleInterview(
        driveScreening({ until: 'referred' }).screening,
        { interviewAt: '2030-01-01T10:00:00Z' },
        supervisor,
      ).ok,
    ).toBe(true);
  });

  it('malformed dates are rejected', () => {
    expect(
      rejection(
        referScreening(
          { id: 's', caseId: 'c', kind: 'credible_fear', office: 'HOU', referredAt: '2019-02-30T10:00:00Z' },
          ctxFor('intake'),
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        scheduleInterview(
          driveScreening({ until: 'referred' }).screening,
          { interviewAt: 'tomorrow' },
          supervisor,
        ),
      ).details,
    ).toEqual({ field: 'interviewAt' });
  });

  it('testimony with an unknown place of harm or ground, or no language, is rejected', () => {
    const scheduled = driveScreening({ until: 'scheduled' }).screening;
    const at = SCREENING_DATES.credible_fear.interviewAt;
    const badPlace = buildTestimony({
      harmSuffered: [{ where: 'atlantis' as 'mexico', kind: 'assault', when: null }],
    });
    expect(rejection(recordInterview(scheduled, { at, testimony: badPlace }, officer)).details).toEqual({
      field: 'testimony.harmSuffered',
    });
    expect(
      rejection(
        recordInterview(
          scheduled,
          { at, testimony: buildTestimony({ protectedGrounds: ['wealth' as 'race'] }) },
          officer,
        ),
      ).details,
    ).toEqual({ field: 'testimony.protectedGrounds' });
    expect(
      rejection(recordInterview(scheduled, { at, testimony: buildTestimony({ language: ' ' }) }, officer))
        .details,
    ).toEqual({ field: 'testimony.language' });
  });

  it('a return for rework needs a note; a review outcome and an IJ decision must be known words', () => {
    const decided = driveScreening({ until: 'decided' }).screening;
    expect(
      rejection(reviewDetermination(decided, { outcome: 'return', note: ' ' }, supervisor)).details,
    ).toEqual({ field: 'note' });
    expect(
      rejection(reviewDetermination(decided, { outcome: 'approve', note: '' }, supervisor)).details,
    ).toEqual({ field: 'outcome' });
    expect(
      rejection(
        recordIjDecision(
          driveScreening({ until: 'ij_review_requested' }).screening,
          { decision: 'remanded', at: '2019-03-06T10:00:00Z' },
          ctxFor('court'),
        ),
      ).details,
    ).toEqual({ field: 'decision' });
  });
});

describe('refusing to say whether one wants IJ review', () => {
  it('counts as a request for credible fear and as declining for reasonable fear', () => {
    for (const [kind, expected] of [
      ['credible_fear', 'ij_review_requested'],
      ['reasonable_fear', 'ij_review_declined'],
    ] as const) {
      const served = driveScreening({ kind, until: 'served', result: 'negative' }).screening;
      const result = declineIjReview(
        served,
        { at: served.servedAt!, refusedToIndicate: true },
        ctxFor('officer', served.officerId!, served.servedAt!),
      );
      expect(result.ok && result.value.state.status).toBe(expected);
    }
  });
});

describe('the court an IJ review lies before', () => {
  it('is recorded with the request (upper-cased) when named, and a malformed code is refused', () => {
    const served = driveScreening({ until: 'served' }).screening;
    const at = addMinutes(SCREENING_DATES.credible_fear.interviewAt, 200);
    const named = okValue(requestIjReview(served, { at, court: 'hou' }, officer));
    expect(named.state.ijReview.court).toBe('HOU');
    expect(named.events[0]?.payload).toMatchObject({ court: 'HOU' });
    const unnamed = okValue(requestIjReview(served, { at }, officer));
    expect(unnamed.state.ijReview.court).toBeUndefined();
    expect(unnamed.events[0]?.payload).not.toHaveProperty('court');
    expect(rejection(requestIjReview(served, { at, court: 'Houston' }, officer)).details).toEqual({
      field: 'court',
    });
  });

  it('goes with a refusal to say on a credible fear, which counts as a request', () => {
    const served = driveScreening({ until: 'served' }).screening;
    const at = addMinutes(SCREENING_DATES.credible_fear.interviewAt, 200);
    const refused = okValue(declineIjReview(served, { at, refusedToIndicate: true, court: 'ELP' }, officer));
    expect(refused.state).toMatchObject({ status: 'ij_review_requested', ijReview: { court: 'ELP' } });
  });
});

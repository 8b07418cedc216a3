// Every illegal move on a screening is a rejection with a stable code, never a silent change.
import { describe, expect, it } from 'vitest';
import { assignScreening, declineAssignment } from './assignment.transitions.ts';
import { decideScreening, reviewDetermination } from './determination.transitions.ts';
import { recordInterview, scheduleInterview } from './interview.transitions.ts';
import { referScreening } from './referral.transitions.ts';
import {
  declineIjReview,
  recordIjDecision,
  requestIjReview,
  serveDetermination,
} from './service-and-ij-review.transitions.ts';
import {
  addMinutes,
  buildScreening,
  buildTestimony,
  ctxFor,
  driveScreening,
  OFFICER_ID,
  okValue,
  OTHER_OFFICER_ID,
  rejection,
  SCREENING_DATES,
  stateOf,
  SUPERVISOR_ID,
} from '../../../test/factories.ts';

const supervisor = ctxFor('supervisor', SUPERVISOR_ID);
const officer = ctxFor('officer', OFFICER_ID);
const otherOfficer = ctxFor('officer', OTHER_OFFICER_ID);
const decision = { result: 'negative', standard: 'significant_possibility', reasoning: 'No nexus.' };

describe('assignment and ownership', () => {
  it('deciding an interviewed screening that nobody owns is NOT_ASSIGNED', () => {
    const unowned = buildScreening({
      status: 'interviewed',
      interview: { at: '2019-03-04T10:00:00.000Z', officerId: OFFICER_ID, testimony: buildTestimony() },
    });
    const error = rejection(decideScreening(unowned, decision, officer));
    expect(error.code).toBe('NOT_ASSIGNED');
    expect(error.message).toContain('a supervisor must assign it first');
  });

  it('an officer cannot decide, interview or decline a screening assigned to someone else', () => {
    const interviewed = driveScreening({ until: 'interviewed' }).screening;
    expect(rejection(decideScreening(interviewed, decision, otherOfficer)).code).toBe('NOT_ASSIGNED');
    expect(rejection(decideScreening(interviewed, decision, supervisor)).code).toBe('NOT_ASSIGNED');
    const scheduled = driveScreening({ until: 'scheduled' }).screening;
    expect(
      rejection(
        recordInterview(
          scheduled,
          { at: SCREENING_DATES.credible_fear.interviewAt, testimony: buildTestimony() },
          otherOfficer,
        ),
      ).code,
    ).toBe('NOT_ASSIGNED');
    expect(
      rejection(declineAssignment(scheduled, { reason: 'conscience', objectionId: 'obj-1' }, otherOfficer))
        .code,
    ).toBe('NOT_ASSIGNED');
  });

  it('an officer cannot schedule a screening that is not theirs; its officer and a supervisor can', () => {
    const referred = stateOf(
      assignScreening(
        driveScreening({ until: 'referred' }).screening,
        { officerId: OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
        supervisor,
      ),
    );
    const at = { interviewAt: SCREENING_DATES.credible_fear.interviewAt };
    expect(rejection(scheduleInterview(referred, at, otherOfficer)).code).toBe('NOT_ASSIGNED');
    expect(
      rejection(scheduleInterview(driveScreening({ until: 'referred' }).screening, at, officer)).code,
    ).toBe('NOT_ASSIGNED');
    expect(scheduleInterview(referred, at, officer).ok).toBe(true);
    expect(scheduleInterview(referred, at, supervisor).ok).toBe(true);
  });

  it('only a supervisor assigns, only to an asylum officer, and only before the decision', () => {
    const referred = driveScreening({ until: 'referred' }).screening;
    const input = {
      officerId: OFFICER_ID,
      officerRole: 'officer',
      officerOffice: 'HOU',
      declinedCategories: [],
    };
    expect(rejection(assignScreening(referred, input, officer)).code).toBe('FORBIDDEN');
    expect(rejection(assignScreening(referred, input, ctxFor('intake'))).code).toBe('FORBIDDEN');
    expect(
      rejection(assignScreening(referred, { ...input, officerRole: 'supervisor' }, supervisor)).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(assignScreening(driveScreening({ until: 'decided' }).screening, input, supervisor)).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('a supervisor assigns only officers of their own office (the system actor assigns anywhere)', () => {
    const referred = driveScreening({ until: 'referred' }).screening;
    const elsewhere = {
      officerId: OTHER_OFFICER_ID,
      officerRole: 'officer',
      officerOffice: 'ELP',
      declinedCategories: [],
    };
    const error = rejection(assignScreening(referred, elsewhere, supervisor));
    expect([error.code, error.message]).toEqual([
      'FORBIDDEN',
      'You can assign only officers of your own office.',
    ]);
    expect(rejection(assignScreening(referred, { ...elsewhere, officerOffice: null }, supervisor)).code).toBe(
      'FORBIDDEN',
    );
    expect(stateOf(assignScreening(referred, elsewhere, ctxFor('system'))).officerId).toBe(OTHER_OFFICER_ID);
  });

  it('reassigning records the previous officer', () => {
    const scheduled = driveScreening({ until: 'scheduled' }).screening;
    const t = okValue(
      assignScreening(
        scheduled,
        { officerId: OTHER_OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
        supervisor,
      ),
    );
    expect(t.state).toMatchObject({ officerId: OTHER_OFFICER_ID, status: 'scheduled' });
    expect(t.events[0]?.payload).toMatchObject({
      officerId: OTHER_OFFICER_ID,
      previousOfficerId: OFFICER_ID,
    });
  });

  it('assigning the officer it is already assigned to is a CONFLICT, not a second event', () => {
    const scheduled = driveScreening({ until: 'scheduled' }).screening;
    const again = assignScreening(
      scheduled,
      { officerId: OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
      supervisor,
    );
    expect(rejection(again).code).toBe('CONFLICT');
  });
});

describe('conscientious objection', () => {
  it('a decline returns the screening to the queue and keeps everything else', () => {
    const scheduled = driveScreening({ until: 'scheduled' }).screening;
    const t = okValue(
      declineAssignment(scheduled, { reason: ' Objection to MPP returns. ', objectionId: 'obj-1' }, officer),
    );
    expect(t.state).toEqual({ ...scheduled, officerId: null, declinedBy: [OFFICER_ID] });
    expect(t.events).toEqual([
      {
        type: 'screening.declined',
        caseId: 'case-1',
        payload: {
          screeningId: 'scr-1',
          officerId: OFFICER_ID,
          reason: 'Objection to MPP returns.',
          category: 'credible_fear',
        },
      },
      {
        type: 'objection.recorded',
        caseId: null,
        payload: {
          objectionId: 'obj-1',
          officerId: OFFICER_ID,
          category: null,
          screeningId: 'scr-1',
          reason: 'Objection to MPP returns.',
        },
      },
    ]);
    expect(t.objection).toEqual({
      id: 'obj-1',
      officerId: OFFICER_ID,
      category: null,
      screeningId: 'scr-1',
      reason: 'Objection to MPP returns.',
      createdAt: officer.now,
      withdrawnAt: null,
    });
  });

  it('a decline needs a reason and is possible only before the decision', () => {
    const scheduled = driveScreening({ until: 'scheduled' }).screening;
    expect(
      rejection(declineAssignment(scheduled, { reason: '  ', objectionId: 'obj-1' }, officer)).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        declineAssignment(
          driveScreening({ until: 'decided' }).screening,
          { reason: 'x', objectionId: 'obj-1' },
          officer,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('never assigns a screening back to an officer who declined it: CONFLICT', () => {
    const declined = stateOf(
      declineAssignment(
        driveScreening({ until: 'scheduled' }).screening,
        { reason: 'conscience', objectionId: 'obj-1' },
        officer,
      ),
    );
    const error = rejection(
      assignScreening(
        declined,
        { officerId: OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
        supervisor,
      ),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ officerId: OFFICER_ID });
    expect(
      stateOf(
        assignScreening(
          declined,
          {
            officerId: OTHER_OFFICER_ID,
            officerRole: 'officer',
            officerOffice: 'HOU',
            declinedCategories: [],
          },
          supervisor,
        ),
      ).officerId,
    ).toBe(OTHER_OFFICER_ID);
  });

  it('never assigns to an officer who declined the whole category: CONFLICT', () => {
    const mpp = driveScreening({ kind: 'mpp_interview', until: 'referred' }).screening;
    const error = rejection(
      assignScreening(
        mpp,
        {
          officerId: OTHER_OFFICER_ID,
          officerRole: 'officer',
          officerOffice: 'HOU',
          declinedCategories: ['mpp_interview'],
        },
        supervisor,
      ),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ officerId: OTHER_OFFICER_ID, category: 'mpp_interview' });
    expect(
      assignScreening(
        driveScreening({ until: 'referred' }).screening,
        {
          officerId: OTHER_OFFICER_ID,
          officerRole: 'officer',
          officerOffice: 'HOU',
          declinedCategories: ['mpp_interview'],
        },
        supervisor,
      ).ok,
    ).toBe(true);
  });
});

describe('order of the steps', () => {
  it('interviewing before scheduling is INVALID_TRANSITION', () => {
    const assigned = stateOf(
      assignScreening(
        driveScreening({ until: 'referred' }).screening,
        { officerId: OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
        supervisor,
      ),
    );
    const error = rejection(
      recordInterview(assigned, { at: '2019-03-04T10:00:00Z', testimony: buildTestimony() }, officer),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ status: 'referred', allowed: ['scheduled'] });
  });

  it('deciding before the interview, reviewing before the decision, serving before approval are INVALID_TRANSITION', () => {
    const scheduled = driveScreening({ until: 'scheduled' }).screening;
    expect(rejection(decideScreening(scheduled, decision, officer)).code).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        reviewDetermination(
          driveScreening({ until: 'interviewed' }).screening,
          { outcome: 'concur', note: '' },
          supervisor,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        serveDetermination(
          driveScreening({ until: 'decided' }).screening,
          { at: '2019-03-05T10:00:00Z' },
          officer,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        requestIjReview(
          driveScreening({ until: 'approved' }).screening,
          { at: '2019-03-05T10:00:00Z' },
          officer,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        recordIjDecision(
          driveScreening({ until: 'served' }).screening,
          { decision: 'affirmed', at: '2019-03-05T10:00:00Z' },
          ctxFor('court'),
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('a decided screening cannot be decided again, nor an IJ review decided twice', () => {
    expect(
      rejection(decideScreening(driveScreening({ until: 'decided' }).screening, decision, officer)).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        recordIjDecision(
          driveScreening({ until: 'ij_affirmed' }).screening,
          { decision: 'vacated', at: '2019-03-06T10:00:00Z' },
          ctxFor('court'),
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('an interview cannot precede the referral', () => {
    const scheduled = driveScreening({ until: 'scheduled' }).screening;
    expect(
      rejection(
        recordInterview(scheduled, { at: '2019-02-28T10:00:00Z', testimony: buildTestimony() }, officer),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        scheduleInterview(
          driveScreening({ until: 'referred' }).screening,
          { interviewAt: '2019-02-28T10:00:00Z' },
          supervisor,
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('IJ review is requested or declined after service, and decided after the request', () => {
    const served = driveScreening({ until: 'served' }).screening;
    expect(rejection(requestIjReview(served, { at: addMinutes(served.servedAt!, -1) }, officer)).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      rejection(
        declineIjReview(served, { at: addMinutes(served.servedAt!, -1), refusedToIndicate: false }, officer),
      ).code,
    ).toBe('VALIDATION_FAILED');
    const requested = driveScreening({ until: 'ij_review_requested' }).screening;
    expect(
      rejection(
        recordIjDecision(
          requested,
          { decision: 'affirmed', at: addMinutes(requested.ijReview.requestedAt!, -1) },
          ctxFor('court'),
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
  });
});

describe('roles', () => {
  it('a supervisor cannot review a determination they made themselves', () => {
    const own = buildScreening({
      status: 'decided',
      officerId: SUPERVISOR_ID,
      determinations: [
        {
          result: 'negative',
          standard: 'significant_possibility',
          reasoning: 'x',
          officerId: SUPERVISOR_ID,
          at: '2019-03-04T12:00:00.000Z',
        },
      ],
    });
    const error = rejection(reviewDetermination(own, { outcome: 'concur', note: '' }, supervisor));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('they made themselves');
    expect(
      reviewDetermination(own, { outcome: 'concur', note: '' }, ctxFor('supervisor', 'supervisor-2')).ok,
    ).toBe(true);
  });

  it('only supervisors review, only the court decides an IJ review', () => {
    expect(
      rejection(
        reviewDetermination(
          driveScreening({ until: 'decided' }).screening,
          { outcome: 'concur', note: '' },
          officer,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    const requested = driveScreening({ until: 'ij_review_requested' }).screening;
    const error = rejection(
      recordIjDecision(requested, { decision: 'affirmed', at: '2019-03-06T10:00:00Z' }, supervisor),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('signed in as supervisor');
  });

  it('analysts, admins and counsel cannot serve; analysts and admins cannot record an IJ review request; nobody without a basis refers', () => {
    const approved = driveScreening({ until: 'approved' }).screening;
    for (const role of ['analyst', 'admin', 'counsel', 'court'] as const)
      expect(rejection(serveDetermination(approved, { at: '2019-03-05T10:00:00Z' }, ctxFor(role))).code).toBe(
        'FORBIDDEN',
      );
    const served = driveScreening({ until: 'served' }).screening;
    for (const role of ['analyst', 'admin'] as const) {
      expect(rejection(requestIjReview(served, { at: '2019-03-05T10:00:00Z' }, ctxFor(role))).code).toBe(
        'FORBIDDEN',
      );
      expect(
        rejection(
          declineIjReview(served, { at: '2019-03-05T10:00:00Z', refusedToIndicate: false }, ctxFor(role)),
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        rejection(
          referScreening(
            {
              id: 's',
              caseId: 'c',
              kind: 'credible_fear',
              office: 'HOU',
              referredAt: '2019-03-01T10:00:00Z',
            },
            ctxFor(role),
          ),
        ).code,
      ).toBe('FORBIDDEN');
    }
  });
});

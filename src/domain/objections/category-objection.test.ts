import { describe, expect, it } from 'vitest';
import {
  buildScreening,
  ctxFor,
  driveScreening,
  OFFICER_ID,
  okValue,
  OTHER_OFFICER_ID,
  rejection,
} from '../../../test/factories.ts';
import { returnToQueue } from '../screenings/assignment.transitions.ts';
import { declineCategoryAndReturn } from './category-objection.ts';

const officer = ctxFor('officer', OFFICER_ID);

describe('declineCategoryAndReturn', () => {
  const mine = buildScreening({
    id: 'mpp-1',
    kind: 'mpp_interview',
    officerId: OFFICER_ID,
    status: 'scheduled',
  });
  const otherKind = buildScreening({ id: 'cf-1', kind: 'credible_fear', officerId: OFFICER_ID });
  const decided = {
    ...driveScreening({ kind: 'mpp_interview', until: 'decided' }).screening,
    id: 'mpp-decided',
  };

  it('returns the officer\u2019s open assignments of the category to the queue, one event each', () => {
    const done = okValue(
      declineCategoryAndReturn(
        { id: 'obj-1', category: 'mpp_interview', reason: 'Conscience.' },
        [mine, otherKind, decided],
        [],
        officer,
      ),
    );
    expect(done.returned.map((s) => [s.id, s.officerId, s.status])).toEqual([['mpp-1', null, 'scheduled']]);
    expect(done.events.map((e) => e.type)).toEqual(['objection.recorded', 'screening.returned_to_queue']);
    expect(done.events[1]).toEqual({
      type: 'screening.returned_to_queue',
      caseId: mine.caseId,
      payload: { screeningId: 'mpp-1', officerId: OFFICER_ID, objectionId: 'obj-1' },
    });
  });

  it('rejects an unknown category and returns nothing', () => {
    expect(
      rejection(declineCategoryAndReturn({ id: 'o', category: 'asylum', reason: 'x' }, [mine], [], officer))
        .code,
    ).toBe('VALIDATION_FAILED');
  });

  it('refuses to decline again a category the officer already declines', () => {
    const again = declineCategoryAndReturn(
      { id: 'o', category: 'mpp_interview', reason: 'x' },
      [mine],
      ['mpp_interview'],
      officer,
    );
    expect(rejection(again).code).toBe('CONFLICT');
  });
});

describe('returnToQueue', () => {
  const objection = {
    id: 'obj-1',
    officerId: OFFICER_ID,
    category: 'mpp_interview' as const,
    screeningId: null,
    reason: 'Conscience.',
    createdAt: '2019-07-01T00:00:00.000Z',
    withdrawnAt: null,
  };
  it('refuses another officer\u2019s screening, another category, and a single-screening decline', () => {
    const theirs = buildScreening({ kind: 'mpp_interview', officerId: OTHER_OFFICER_ID });
    expect(rejection(returnToQueue(theirs, objection)).code).toBe('NOT_ASSIGNED');
    expect(rejection(returnToQueue(buildScreening({ officerId: OFFICER_ID }), objection)).code).toBe(
      'INVALID_TRANSITION',
    );
    const single = { ...objection, category: null, screeningId: 'scr-1' };
    expect(
      rejection(returnToQueue(buildScreening({ kind: 'mpp_interview', officerId: OFFICER_ID }), single)).code,
    ).toBe('INVALID_TRANSITION');
  });
});

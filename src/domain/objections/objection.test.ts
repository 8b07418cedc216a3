import { describe, expect, it } from 'vitest';
import { ctxFor, OFFICER_ID, okValue, OTHER_OFFICER_ID, rejection } from '../../../test/factories.ts';
import { declineCategory, withdrawObjection, type Objection } from './objection.ts';

const officer = ctxFor('officer', OFFICER_ID);

describe('declineCategory', () => {
  it('records the standing objection of the acting officer, with its event', () => {
    const { objection, events } = okValue(
      declineCategory({ id: 'obj-1', category: 'mpp_interview', reason: ' Conscience. ' }, officer),
    );
    expect(objection).toEqual({
      id: 'obj-1',
      officerId: OFFICER_ID,
      category: 'mpp_interview',
      screeningId: null,
      reason: 'Conscience.',
      createdAt: officer.now,
      withdrawnAt: null,
    });
    expect(events).toEqual([
      {
        type: 'objection.recorded',
        caseId: null,
        payload: {
          objectionId: 'obj-1',
          officerId: OFFICER_ID,
          category: 'mpp_interview',
          screeningId: null,
          reason: 'Conscience.',
        },
      },
    ]);
  });

  it('is an officer’s act, for a known category, with a reason', () => {
    const input = { id: 'obj-1', category: 'mpp_interview', reason: 'Conscience.' };
    expect(rejection(declineCategory(input, ctxFor('supervisor'))).code).toBe('FORBIDDEN');
    const unknown = rejection(declineCategory({ ...input, category: 'asylum_interview' }, officer));
    expect([unknown.code, unknown.message]).toEqual([
      'VALIDATION_FAILED',
      expect.stringContaining('Unknown category "asylum_interview"'),
    ]);
    expect(rejection(declineCategory({ ...input, reason: '  ' }, officer)).code).toBe('VALIDATION_FAILED');
  });
});

describe('withdrawObjection', () => {
  const standing = (overrides: Partial<Objection> = {}): Objection => ({
    id: 'obj-1',
    officerId: OFFICER_ID,
    category: 'mpp_interview',
    screeningId: null,
    reason: 'Conscience.',
    createdAt: '2019-04-15T16:00:00.000Z',
    withdrawnAt: null,
    ...overrides,
  });

  it('withdraws the officer’s own standing objection now, with its event', () => {
    const { objection, events } = okValue(withdrawObjection(standing(), officer));
    expect(objection).toEqual(standing({ withdrawnAt: officer.now }));
    expect(events).toEqual([
      { type: 'objection.withdrawn', caseId: null, payload: { objectionId: 'obj-1', officerId: OFFICER_ID } },
    ]);
  });

  it('does not show another officer’s objection, nor withdraw one twice or a declined screening', () => {
    expect(rejection(withdrawObjection(standing(), ctxFor('officer', OTHER_OFFICER_ID))).code).toBe(
      'NOT_FOUND',
    );
    expect(rejection(withdrawObjection(standing({ withdrawnAt: officer.now }), officer)).message).toBe(
      'This objection is already withdrawn.',
    );
    const declinedScreening = standing({ category: null, screeningId: 'scr-1' });
    expect(rejection(withdrawObjection(declinedScreening, officer)).message).toContain(
      'A declined screening stays declined',
    );
  });
});

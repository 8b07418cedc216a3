// The court an IJ review lies before: named with the request (or with a refusal that counts as one), and the only
// court whose judges decide it.
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  ctxFor,
  driveScreening,
  okValue,
  OFFICER_ID,
  rejection,
} from '../../../test/factories.ts';
import { declineIjReview, recordIjDecision, requestIjReview } from './service-and-ij-review.transitions.ts';

const officer = ctxFor('officer', OFFICER_ID);

describe('the reviewing court', () => {
  const served = driveScreening({ until: 'served' }).screening;
  const at = addMinutes(served.servedAt!, 10);

  it('is named with the request, normalised, and carried by the event', () => {
    const requested = okValue(requestIjReview(served, { at, court: ' hou ' }, officer));
    expect(requested.state.ijReview.court).toBe('HOU');
    expect(requested.events[0]).toMatchObject({
      type: 'screening.ij_review_requested',
      payload: { screeningId: served.id, court: 'HOU' },
    });
    expect(rejection(requestIjReview(served, { at, court: 'Houston' }, officer)).details).toEqual({
      field: 'court',
    });
  });

  it('is named too when a refusal to say counts as a request (credible fear)', () => {
    const requested = okValue(
      declineIjReview(served, { at, refusedToIndicate: true, court: 'MIA' }, officer),
    );
    expect(requested.state).toMatchObject({ status: 'ij_review_requested', ijReview: { court: 'MIA' } });
  });

  it('alone decides the review', () => {
    const requested = okValue(requestIjReview(served, { at, court: 'MIA' }, officer)).state;
    const decideAt = addMinutes(at, 60);
    const other = rejection(
      recordIjDecision(requested, { decision: 'affirmed', at: decideAt }, ctxFor('court')),
    );
    expect([other.code, other.details]).toEqual(['FORBIDDEN', { court: 'MIA' }]);
    const judge = { ...ctxFor('court'), actor: { id: 'judge-mia', role: 'court' as const, office: 'MIA' } };
    expect(
      okValue(recordIjDecision(requested, { decision: 'vacated', at: decideAt }, judge)).state.status,
    ).toBe('ij_vacated');
  });
});

import { describe, expect, it } from 'vitest';
import { ctxFor, okValue, rejection } from '../../../test/factories.ts';
import {
  acceptAppearanceNotice,
  fileAppearanceNotice,
  rejectAppearanceNotice,
  reviewerRolesFor,
  withdrawAppearanceNotice,
  type AppearanceNotice,
} from './appearance-notice.ts';

const counsel = ctxFor('counsel', 'counsel-1');
const consent = { documentId: 'doc-1', sha256: 'b'.repeat(64), mediaType: 'application/pdf', sizeBytes: 900 };
const file = (form: string, caseId: string | null = 'case-1'): AppearanceNotice =>
  okValue(fileAppearanceNotice({ id: 'n-1', form, aNumber: 'A12-345-678', caseId, consent }, counsel)).state;

describe('filing a notice of appearance', () => {
  it('is pending, with the A-number normalised, the consent and one event on the case (or on none)', () => {
    const filed = okValue(
      fileAppearanceNotice(
        { id: 'n-1', form: 'G-28', aNumber: 'A12-345-678', caseId: 'case-1', consent },
        counsel,
      ),
    );
    expect(filed.state).toMatchObject({
      status: 'pending',
      counselId: 'counsel-1',
      aNumber: '012345678',
      caseId: 'case-1',
      review: null,
      representationId: null,
    });
    expect(filed.events).toEqual([
      {
        type: 'representation.requested',
        caseId: 'case-1',
        payload: {
          noticeId: 'n-1',
          counselId: 'counsel-1',
          form: 'G-28',
          aNumber: '012345678',
          consentSha256: 'b'.repeat(64),
        },
      },
    ]);
    expect(file('EOIR-28', null)).toMatchObject({ status: 'pending', caseId: null });
  });

  it('refuses an unknown form, a bad A-number and anyone but counsel', () => {
    const input = { id: 'n', form: 'I-589', aNumber: '012345678', caseId: null, consent };
    expect(rejection(fileAppearanceNotice(input, counsel)).details).toEqual({ field: 'form' });
    expect(
      rejection(fileAppearanceNotice({ ...input, form: 'G-28', aNumber: '12' }, counsel)).details,
    ).toEqual({
      field: 'aNumber',
    });
    expect(rejection(fileAppearanceNotice({ ...input, form: 'G-28' }, ctxFor('intake'))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('answering a notice', () => {
  it('a G-28 is the office\u2019s to answer, an EOIR-28 the court\u2019s', () => {
    expect(reviewerRolesFor('G-28')).toEqual(['intake', 'supervisor']);
    expect(reviewerRolesFor('EOIR-28')).toEqual(['court']);
    expect(
      rejection(acceptAppearanceNotice(file('G-28'), { representationId: 'r' }, ctxFor('court'))).code,
    ).toBe('FORBIDDEN');
    expect(
      rejection(rejectAppearanceNotice(file('EOIR-28'), { reason: 'No.' }, ctxFor('supervisor'))).code,
    ).toBe('FORBIDDEN');
  });

  it('acceptance makes counsel counsel of record on the notice\u2019s case, once', () => {
    const accepted = okValue(
      acceptAppearanceNotice(
        file('G-28'),
        { representationId: 'rep-1', note: ' ok ' },
        ctxFor('intake', 'i-1'),
      ),
    );
    expect(accepted.state).toMatchObject({
      status: 'accepted',
      representationId: 'rep-1',
      review: { by: 'i-1', reason: 'ok' },
    });
    expect(accepted.representation).toEqual({
      id: 'rep-1',
      caseId: 'case-1',
      counselId: 'counsel-1',
      form: 'G-28',
      filedAt: accepted.state.filedAt,
      noticeId: 'n-1',
    });
    expect(accepted.events[0]).toMatchObject({ type: 'representation.accepted', caseId: 'case-1' });
    const again = rejection(
      acceptAppearanceNotice(accepted.state, { representationId: 'r2' }, ctxFor('intake')),
    );
    expect(again.code).toBe('INVALID_TRANSITION');
  });

  it('rejection needs a reason, which counsel reads', () => {
    expect(
      rejection(rejectAppearanceNotice(file('EOIR-28'), { reason: '  ' }, ctxFor('court'))).details,
    ).toEqual({ field: 'reason' });
    const rejected = okValue(
      rejectAppearanceNotice(file('EOIR-28'), { reason: 'Consent unsigned.' }, ctxFor('court')),
    );
    expect(rejected.state).toMatchObject({ status: 'rejected', review: { reason: 'Consent unsigned.' } });
    expect(rejected.events[0]).toMatchObject({
      type: 'representation.rejected',
      payload: { reason: 'Consent unsigned.' },
    });
  });

  it('a notice on an A-number with no case cannot be answered', () => {
    expect(
      rejection(acceptAppearanceNotice(file('G-28', null), { representationId: 'r' }, ctxFor('intake'))).code,
    ).toBe('NOT_FOUND');
  });
});

describe('withdrawing a notice', () => {
  it('ends an accepted representation, or a pending notice, with an event', () => {
    const accepted = okValue(
      acceptAppearanceNotice(file('G-28'), { representationId: 'rep-1' }, ctxFor('intake')),
    ).state;
    const ended = okValue(withdrawAppearanceNotice(accepted, {}, counsel));
    expect(ended.state).toMatchObject({ status: 'withdrawn', endedAt: counsel.now });
    expect(ended.events).toEqual([
      {
        type: 'representation.ended',
        caseId: 'case-1',
        payload: {
          noticeId: 'n-1',
          representationId: 'rep-1',
          counselId: 'counsel-1',
          form: 'G-28',
          reason: 'Withdrawn by counsel.',
        },
      },
    ]);
    expect(
      okValue(withdrawAppearanceNotice(file('G-28'), { reason: 'Client left.' }, counsel)).events[0],
    ).toMatchObject({
      payload: { representationId: null, reason: 'Client left.' },
    });
  });

  it('only by the counsel who filed it (another\u2019s is not found), and not once it is over', () => {
    expect(rejection(withdrawAppearanceNotice(file('G-28'), {}, ctxFor('counsel', 'counsel-2'))).code).toBe(
      'NOT_FOUND',
    );
    const rejected = okValue(rejectAppearanceNotice(file('G-28'), { reason: 'No.' }, ctxFor('intake'))).state;
    expect(rejection(withdrawAppearanceNotice(rejected, {}, counsel)).code).toBe('INVALID_TRANSITION');
  });
});

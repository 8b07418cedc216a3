import { describe, expect, it } from 'vitest';
import { buildHearing, buildProceeding, ctxFor, okValue, rejection } from '../../../test/factories.ts';
import { serveHearingNotice } from './hearing-notice.ts';

const court = ctxFor('court', 'judge-1');
const proceeding = buildProceeding({ court: 'ENP', hearings: [buildHearing()] });
const input = {
  id: 'notice-1',
  hearingId: 'hear-1',
  method: 'mail',
  address: ' Albergue, Ciudad Juárez ',
  servedAt: '2019-06-02T10:00:00Z',
};

describe('serveHearingNotice', () => {
  it('serves notice at an address: the notice and its event, no flag', () => {
    const served = okValue(serveHearingNotice(proceeding, input, court));
    expect(served.notice).toEqual({
      id: 'notice-1',
      caseId: 'case-1',
      proceedingId: 'proc-1',
      hearingId: 'hear-1',
      court: 'ENP',
      method: 'mail',
      address: 'Albergue, Ciudad Juárez',
      servedAt: '2019-06-02T10:00:00.000Z',
      servedBy: 'judge-1',
    });
    expect(served.flag).toBeNull();
    expect(served.events).toEqual([
      {
        type: 'hearing.notice_served',
        caseId: 'case-1',
        payload: {
          noticeId: 'notice-1',
          proceedingId: 'proc-1',
          hearingId: 'hear-1',
          court: 'ENP',
          method: 'mail',
          address: 'Albergue, Ciudad Juárez',
          servedAt: '2019-06-02T10:00:00.000Z',
        },
      },
    ]);
  });

  it('flags a notice served without an address (null or blank), about the notice itself', () => {
    for (const address of [null, '   ']) {
      const served = okValue(serveHearingNotice(proceeding, { ...input, address }, court));
      expect(served.notice.address).toBeNull();
      expect(served.flag).toMatchObject({ kind: 'notice_without_address', subjectId: 'notice-1' });
      expect(served.flag?.reason).toMatch(/without an address/);
    }
  });

  it('refuses an unknown hearing, an unknown method, service at or after the hearing, a completed proceeding', () => {
    expect(rejection(serveHearingNotice(proceeding, { ...input, hearingId: 'nope' }, court)).code).toBe(
      'NOT_FOUND',
    );
    expect(rejection(serveHearingNotice(proceeding, { ...input, method: 'pigeon' }, court)).details).toEqual({
      field: 'method',
    });
    expect(
      rejection(serveHearingNotice(proceeding, { ...input, servedAt: '2019-09-03T15:00:00Z' }, court))
        .details,
    ).toEqual({ field: 'servedAt' });
    expect(
      rejection(serveHearingNotice(proceeding, { ...input, servedAt: '2030-01-01T00:00:00Z' }, court)).code,
    ).toBe('VALIDATION_FAILED');
    const done = buildProceeding({
      hearings: [buildHearing()],
      status: 'completed',
      outcome: { kind: 'terminated' },
    });
    expect(rejection(serveHearingNotice(done, input, court)).code).toBe('INVALID_TRANSITION');
  });

  it('is the court\u2019s act alone', () => {
    for (const role of ['officer', 'supervisor', 'intake', 'counsel'] as const)
      expect(rejection(serveHearingNotice(proceeding, input, ctxFor(role))).code).toBe('FORBIDDEN');
  });
});

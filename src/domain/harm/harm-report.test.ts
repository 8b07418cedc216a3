import { describe, expect, it } from 'vitest';
import { reportHarm, type HarmReport } from './harm-report.ts';
import { buildMppCase, buildReturn, ctxFor, okValue, rejection } from '../../../test/factories.ts';

type Input = Omit<HarmReport, 'returnId' | 'caseId'>;
const input = (overrides: Partial<Input> = {}): Input => ({
  id: 'harm-1',
  kind: 'kidnapping',
  occurredOn: '2019-07-15',
  place: ' Ciudad Juárez ',
  source: 'counsel',
  description: ' Held for ransom. ',
  ...overrides,
});

const returned = buildMppCase({
  returns: [
    buildReturn({ id: 'ret-1', at: '2019-06-02T10:00:00.000Z' }),
    buildReturn({ id: 'ret-2', at: '2019-09-03T18:00:00.000Z', hearingDate: '2019-11-05' }),
  ],
});
const counsel = ctxFor('counsel');

describe('reportHarm', () => {
  it('links the report to the latest return before the harm, with a harm.reported event', () => {
    const r = okValue(reportHarm(returned, input(), counsel));
    expect(r.report).toEqual({
      id: 'harm-1',
      caseId: 'case-1',
      kind: 'kidnapping',
      occurredOn: '2019-07-15',
      place: 'Ciudad Juárez',
      source: 'counsel',
      returnId: 'ret-1',
      description: 'Held for ransom.',
    });
    expect(r.events).toEqual([
      {
        type: 'harm.reported',
        caseId: 'case-1',
        payload: {
          harmReportId: 'harm-1',
          kind: 'kidnapping',
          occurredOn: '2019-07-15',
          place: 'Ciudad Juárez',
          source: 'counsel',
          returnId: 'ret-1',
        },
      },
    ]);
  });

  it('harm after the second return belongs to the second return; harm on the day of a return belongs to it', () => {
    expect(okValue(reportHarm(returned, input({ occurredOn: '2019-10-01' }), counsel)).report.returnId).toBe(
      'ret-2',
    );
    expect(okValue(reportHarm(returned, input({ occurredOn: '2019-09-03' }), counsel)).report.returnId).toBe(
      'ret-2',
    );
    expect(okValue(reportHarm(returned, input({ occurredOn: '2019-09-02' }), counsel)).report.returnId).toBe(
      'ret-1',
    );
  });

  it('without a date, links to the latest return', () => {
    expect(okValue(reportHarm(returned, input({ occurredOn: null }), counsel)).report.returnId).toBe('ret-2');
  });

  it('uses the dates of the returns, not the order they were entered in', () => {
    const lateEntry = buildMppCase({
      returns: [
        buildReturn({ id: 'ret-2', at: '2019-09-03T18:00:00.000Z' }),
        buildReturn({ id: 'ret-1', at: '2019-06-02T10:00:00.000Z' }),
      ],
    });
    expect(okValue(reportHarm(lateEntry, input({ occurredOn: '2019-07-15' }), counsel)).report.returnId).toBe(
      'ret-1',
    );
    expect(okValue(reportHarm(lateEntry, input({ occurredOn: '2019-10-15' }), counsel)).report.returnId).toBe(
      'ret-2',
    );
    expect(okValue(reportHarm(lateEntry, input({ occurredOn: null }), counsel)).report.returnId).toBe(
      'ret-2',
    );
    expect(rejection(reportHarm(lateEntry, input({ occurredOn: '2019-06-01' }), counsel)).message).toContain(
      '2019-06-02',
    );
  });

  it('must follow a return: none on record, or dated before the first, is rejected', () => {
    const error = rejection(reportHarm(buildMppCase(), input(), counsel));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('no return to Mexico');
    const early = rejection(reportHarm(returned, input({ occurredOn: '2019-06-01' }), counsel));
    expect(early.code).toBe('VALIDATION_FAILED');
    expect(early.details).toEqual({ field: 'occurredOn' });
    expect(early.message).toContain('before the first return');
  });

  it('rejects a future or impossible date', () => {
    expect(rejection(reportHarm(returned, input({ occurredOn: '2030-01-01' }), counsel)).message).toContain(
      'in the future',
    );
    expect(rejection(reportHarm(returned, input({ occurredOn: '2019-02-30' }), counsel)).details).toEqual({
      field: 'occurredOn',
    });
  });

  it('rejects unknown kinds and sources, an empty place, and roles without a basis', () => {
    expect(rejection(reportHarm(returned, input({ kind: 'fraud' as 'robbery' }), counsel)).details).toEqual({
      field: 'kind',
    });
    expect(rejection(reportHarm(returned, input({ source: 'rumour' as 'ngo' }), counsel)).details).toEqual({
      field: 'source',
    });
    expect(rejection(reportHarm(returned, input({ place: '' }), counsel)).details).toEqual({
      field: 'place',
    });
    for (const role of ['analyst', 'admin'] as const)
      expect(rejection(reportHarm(returned, input(), ctxFor(role))).code).toBe('FORBIDDEN');
  });
});

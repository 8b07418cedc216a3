import { describe, expect, it } from 'vitest';
import { ctxFor, okValue, rejection } from '../../../test/factories.ts';
import { recordRepresentation } from './representation.ts';

const input = {
  id: 'rep-1',
  caseId: 'case-1',
  counselId: 'counsel-1',
  counselRole: 'counsel',
  form: 'EOIR-28',
  filedAt: '2019-07-03T10:00:00Z',
};

describe('recordRepresentation', () => {
  it('records counsel’s notice of appearance, with its event', () => {
    const { representation, events } = okValue(recordRepresentation(input, ctxFor('court')));
    expect(representation).toEqual({
      id: 'rep-1',
      caseId: 'case-1',
      counselId: 'counsel-1',
      form: 'EOIR-28',
      filedAt: '2019-07-03T10:00:00.000Z',
      endedAt: null,
    });
    expect(events).toEqual([
      {
        type: 'representation.recorded',
        caseId: 'case-1',
        payload: {
          representationId: 'rep-1',
          counselId: 'counsel-1',
          form: 'EOIR-28',
          filedAt: '2019-07-03T10:00:00.000Z',
        },
      },
    ]);
  });

  it('needs a recording role, a counsel user, a known form and a filing date not in the future', () => {
    expect(rejection(recordRepresentation(input, ctxFor('counsel'))).code).toBe('FORBIDDEN');
    const court = ctxFor('court');
    expect(rejection(recordRepresentation({ ...input, counselRole: 'officer' }, court)).details).toEqual({
      field: 'counselId',
    });
    expect(rejection(recordRepresentation({ ...input, form: 'I-589' }, court)).details).toEqual({
      field: 'form',
    });
    expect(rejection(recordRepresentation({ ...input, filedAt: '2030-01-01T00:00:00Z' }, court)).code).toBe(
      'VALIDATION_FAILED',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildCase,
  buildScreening,
  ctxFor,
  driveScreening,
  OFFICER_ID,
  okValue,
  rejection,
  SUPERVISOR_ID,
} from '../../../test/factories.ts';
import { transferCase, type TransferInput } from './case-transfer.transitions.ts';

const supervisor = ctxFor('supervisor', SUPERVISOR_ID); // office HOU
const input: TransferInput = {
  office: 'ELP',
  reason: 'Detained in El Paso.',
  receivingOfficeHasSupervisor: true,
};

describe('transferCase', () => {
  const record = buildCase();
  const open = buildScreening({ id: 'scr-open', officerId: OFFICER_ID, status: 'scheduled' });
  const decided = { ...driveScreening({ until: 'decided' }).screening, id: 'scr-decided' };
  const served = { ...driveScreening({ until: 'served' }).screening, id: 'scr-served' };

  it('moves the case and its open screenings, unassigned, and leaves a served one with its office', () => {
    const done = okValue(transferCase(record, [open, decided, served], input, supervisor));
    expect(done.record).toEqual({ ...record, office: 'ELP' });
    expect(done.moved.map((s) => [s.id, s.office, s.officerId, s.status])).toEqual([
      ['scr-open', 'ELP', null, 'scheduled'],
      ['scr-decided', 'ELP', null, 'decided'],
    ]);
    expect(done.events).toEqual([
      {
        type: 'case.transferred',
        caseId: record.id,
        payload: {
          fromOffice: 'HOU',
          toOffice: 'ELP',
          reason: 'Detained in El Paso.',
          screenings: [
            { screeningId: 'scr-open', previousOfficerId: OFFICER_ID },
            { screeningId: 'scr-decided', previousOfficerId: OFFICER_ID },
          ],
        },
      },
    ]);
  });

  it('keeps the determinations and the declines of a moved screening', () => {
    const declinedBy = ['officer-9'];
    const done = okValue(transferCase(record, [{ ...decided, declinedBy }], input, supervisor));
    expect(done.moved[0]?.determinations).toEqual(decided.determinations);
    expect(done.moved[0]?.declinedBy).toEqual(declinedBy);
  });

  it.each([
    [
      'a supervisor of another office',
      () => transferCase(record, [], input, { ...supervisor, actor: { ...supervisor.actor, office: 'LRD' } }),
      'FORBIDDEN',
    ],
    ['an officer', () => transferCase(record, [], input, ctxFor('officer', OFFICER_ID)), 'FORBIDDEN'],
    [
      'the office that holds it',
      () => transferCase(record, [], { ...input, office: 'HOU' }, supervisor),
      'INVALID_TRANSITION',
    ],
    [
      'an office without a supervisor',
      () => transferCase(record, [], { ...input, receivingOfficeHasSupervisor: false }, supervisor),
      'VALIDATION_FAILED',
    ],
    [
      'no reason',
      () => transferCase(record, [], { ...input, reason: '  ' }, supervisor),
      'VALIDATION_FAILED',
    ],
    [
      'a closed case',
      () => transferCase({ ...record, status: 'closed' }, [], input, supervisor),
      'INVALID_TRANSITION',
    ],
  ])('refuses %s', (_label, attempt, code) => {
    expect(rejection(attempt()).code).toBe(code);
  });
});

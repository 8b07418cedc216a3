import { describe, expect, it } from 'vitest';
import {
  buildHarmReport,
  buildMppCase,
  buildReturn,
  buildTestimony,
  ctxFor,
  driveScreening,
  okValue,
  rejection,
  SUPERVISOR_ID,
} from '../../../test/factories.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import { callsForFlagCheck, clearFlag, raiseNewFlags, type ConsistencyFlag } from './flag.transitions.ts';

const at = '2019-08-01T10:00:00.000Z';
const counter = () => {
  let n = 0;
  return () => `flag-${++n}`;
};
const event = (type: DomainEvent['type']) => ({ type }) as DomainEvent;

describe('callsForFlagCheck', () => {
  it('asks for a check after a change to what flags are computed from, and only then', () => {
    for (const type of [
      'mpp.enrolled',
      'mpp.exempted',
      'mpp.not_amenable',
      'mpp.returned_to_mexico',
      'screening.decided',
      'harm.reported',
    ] as const)
      expect(callsForFlagCheck([event('screening.assigned'), event(type)]), type).toBe(true);
    for (const type of ['case.opened', 'fear.claimed', 'screening.served', 'flag.cleared'] as const)
      expect(callsForFlagCheck([event(type)]), type).toBe(false);
  });
});

describe('raiseNewFlags', () => {
  // Returned twice, the second time after a kidnapping in Mexico, and a negative MPP despite harm there.
  const record = buildMppCase({
    returns: [buildReturn(), buildReturn({ id: 'ret-2', at: '2019-07-20T10:00:00.000Z' })],
  });
  const negative = driveScreening({
    kind: 'mpp_interview',
    until: 'decided',
    testimony: buildTestimony({ harmSuffered: [{ where: 'mexico', kind: 'assault', when: '2019-05-01' }] }),
  }).screening;
  const input = {
    record,
    screenings: [negative],
    harmReports: [buildHarmReport({ occurredOn: '2019-07-01' })],
    at,
  };

  it('stores each flag the record calls for, open, with ids from the source in order and its event', () => {
    const { flags, events } = raiseNewFlags({ ...input, existing: [], newId: counter() });
    expect(flags.map((f) => [f.id, f.kind, f.subjectId])).toEqual([
      ['flag-1', 'negative_mpp_despite_harm_in_mexico', 'scr-1'],
      ['flag-2', 'return_after_reported_harm', 'ret-2'],
    ]);
    expect(flags[0]).toMatchObject({ caseId: 'case-1', status: 'open', raisedAt: at, decision: null });
    expect(events).toEqual(
      flags.map((f) => ({
        type: 'flag.raised',
        caseId: 'case-1',
        payload: { flagId: f.id, kind: f.kind, subjectId: f.subjectId, reason: f.reason },
      })),
    );
  });

  it('never raises a flag twice for the same kind and subject, even once cleared', () => {
    const existing = [{ kind: 'negative_mpp_despite_harm_in_mexico' as const, subjectId: 'scr-1' }];
    const { flags } = raiseNewFlags({ ...input, existing, newId: counter() });
    expect(flags.map((f) => [f.id, f.subjectId])).toEqual([['flag-1', 'ret-2']]);
    const all = raiseNewFlags({
      ...input,
      existing: [...existing, { kind: 'return_after_reported_harm', subjectId: 'ret-2' }],
      newId: counter(),
    });
    expect(all).toEqual({ flags: [], events: [] });
  });
});

describe('clearFlag', () => {
  const open: ConsistencyFlag = {
    id: 'flag-1',
    caseId: 'case-1',
    kind: 'notice_without_address',
    subjectId: 'case-1',
    status: 'open',
    reason: 'No address.',
    raisedAt: at,
    clearedAt: null,
    clearedBy: null,
    decision: null,
  };
  const supervisor = ctxFor('supervisor', SUPERVISOR_ID);

  it('clears an open flag with the supervisor’s decision, and records it', () => {
    const { flag, events } = okValue(clearFlag(open, ' Address confirmed. ', supervisor));
    expect(flag).toEqual({
      ...open,
      status: 'cleared',
      clearedAt: supervisor.now,
      clearedBy: SUPERVISOR_ID,
      decision: 'Address confirmed.',
    });
    expect(events).toEqual([
      {
        type: 'flag.cleared',
        caseId: 'case-1',
        payload: { flagId: 'flag-1', kind: 'notice_without_address', decision: 'Address confirmed.' },
      },
    ]);
  });

  it('is a supervisor’s act, with a decision, on an open flag', () => {
    expect(rejection(clearFlag(open, 'ok', ctxFor('officer'))).code).toBe('FORBIDDEN');
    expect(rejection(clearFlag(open, ' ', supervisor)).code).toBe('VALIDATION_FAILED');
    const cleared = okValue(clearFlag(open, 'ok', supervisor)).flag;
    expect(rejection(clearFlag(cleared, 'again', supervisor)).code).toBe('INVALID_TRANSITION');
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.ts';
import { decideCaseAccess, type CaseAccessFacts } from './need-to-know.ts';

const supervisorOf = (office: string): Actor => ({ id: `sup-${office}`, role: 'supervisor', office });
const officer: Actor = { id: 'officer-1', role: 'officer', office: 'HOU' };

// A case the office ELP now holds, after a transfer from HOU: its served screening stays on HOU's record.
const transferred: CaseAccessFacts = {
  caseId: 'case-1',
  office: 'ELP',
  screenings: [
    { id: 'scr-served', office: 'HOU', officerId: 'officer-1', status: 'served' },
    { id: 'scr-open', office: 'ELP', officerId: null, status: 'referred' },
  ],
  courts: [],
  counselIds: [],
};

describe('need to know after a transfer', () => {
  it('gives the receiving office the case, and the old office nothing for a screening it decided', () => {
    expect(decideCaseAccess(supervisorOf('ELP'), 'case.read', transferred)).toEqual({
      allowed: true,
      basis: 'office-supervisor',
    });
    expect(decideCaseAccess(supervisorOf('HOU'), 'case.read', transferred)).toEqual({
      allowed: false,
      reason: 'no-basis',
    });
    expect(decideCaseAccess(supervisorOf('HOU'), 'case.read', transferred, 'scr-served')).toEqual({
      allowed: false,
      reason: 'no-basis',
    });
  });

  it('still lets a supervisor see a case through a screening their office has open work on', () => {
    const worked: CaseAccessFacts = {
      ...transferred,
      screenings: [{ id: 'scr-open', office: 'HOU', officerId: null, status: 'interviewed' }],
    };
    expect(decideCaseAccess(supervisorOf('HOU'), 'case.read', worked).allowed).toBe(true);
  });

  it('lets an officer work only what is assigned to them: the unassigned queue is visible, not workable', () => {
    const queued: CaseAccessFacts = {
      ...transferred,
      office: 'HOU',
      screenings: [{ id: 'scr-q', office: 'HOU', officerId: null, status: 'referred' }],
    };
    expect(decideCaseAccess(officer, 'case.read', queued, 'scr-q')).toEqual({
      allowed: true,
      basis: 'office-unassigned-queue',
    });
    expect(decideCaseAccess(officer, 'screening.work', queued, 'scr-q')).toEqual({
      allowed: false,
      reason: 'not-permitted',
    });
    const elsewhere = { ...queued, screenings: [{ ...queued.screenings[0]!, officerId: 'officer-2' }] };
    expect(decideCaseAccess(officer, 'screening.work', elsewhere, 'scr-q')).toEqual({
      allowed: false,
      reason: 'no-basis',
    });
  });
});

describe('scheduling and service', () => {
  const facts: CaseAccessFacts = {
    caseId: 'case-1',
    office: 'HOU',
    screenings: [{ id: 'scr-1', office: 'HOU', officerId: 'officer-2', status: 'approved' }],
    courts: ['HOU'],
    counselIds: [],
  };
  const intake: Actor = { id: 'intake-1', role: 'intake', office: 'HOU' };
  const assigned: Actor = { id: 'officer-2', role: 'officer', office: 'HOU' };

  it('lets the assigned officer and the office\u2019s supervisor schedule, and the office\u2019s intake serve too', () => {
    expect(decideCaseAccess(assigned, 'screening.schedule', facts, 'scr-1').allowed).toBe(true);
    expect(decideCaseAccess(supervisorOf('HOU'), 'screening.schedule', facts, 'scr-1').allowed).toBe(true);
    expect(decideCaseAccess(intake, 'screening.schedule', facts, 'scr-1')).toEqual({
      allowed: false,
      reason: 'not-permitted',
    });
    for (const actor of [assigned, supervisorOf('HOU'), intake])
      expect(decideCaseAccess(actor, 'screening.serve', facts, 'scr-1').allowed, actor.role).toBe(true);
    expect(decideCaseAccess({ ...intake, office: 'ELP' }, 'screening.serve', facts, 'scr-1')).toEqual({
      allowed: false,
      reason: 'no-basis',
    });
  });

  it('never lets an officer schedule or serve a screening that is not assigned to them', () => {
    const queued = {
      ...facts,
      screenings: [{ ...facts.screenings[0]!, officerId: null, status: 'referred' }],
    };
    for (const action of ['screening.schedule', 'screening.serve'] as const)
      expect(decideCaseAccess(officer, action, queued, 'scr-1')).toEqual({
        allowed: false,
        reason: 'not-permitted',
      });
  });
});

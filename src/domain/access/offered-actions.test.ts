// The case file offers an act only when the record's rules allow it and the need-to-know policy lets the viewer do it.
import { describe, expect, it } from 'vitest';
import {
  buildMppCase,
  buildReturn,
  ctxFor,
  driveScreening,
  OFFICER_ID,
  OTHER_OFFICER_ID,
  SUPERVISOR_ID,
} from '../../../test/factories.ts';
import type { Role } from '../actor.ts';
import type { ConsistencyFlag } from '../flags/flag.transitions.ts';
import { SCREENING_KINDS } from '../screenings/legal-standard.ts';
import { allowedScreeningActions } from '../screenings/allowed-actions.ts';
import type { ScreeningStatus } from '../screenings/screening.ts';
import type { CaseAccessFacts } from './need-to-know.ts';
import {
  offeredCaseActions,
  offeredFlagActions,
  offeredScreeningActions,
  SCREENING_ACTION_POLICY,
} from './offered-actions.ts';

const STATUSES: ScreeningStatus[] = ['referred', 'scheduled', 'interviewed', 'decided', 'approved', 'served'];

const factsFor = (screeningId: string, officerId: string | null, office = 'HOU'): CaseAccessFacts => ({
  caseId: 'case-1',
  office,
  screenings: [{ id: screeningId, office, officerId, status: 'referred' }],
  courts: ['HOU'],
  counselIds: ['counsel-1'],
});

describe('offered actions', () => {
  it('maps every act the screening rules can offer to the policy action its route declares', () => {
    const roles: Array<[Role, string]> = [
      ['officer', OFFICER_ID],
      ['supervisor', SUPERVISOR_ID],
      ['intake', 'intake-1'],
      ['court', 'court-1'],
      ['counsel', 'counsel-1'],
    ];
    const seen = new Set<string>();
    for (const kind of SCREENING_KINDS)
      for (const until of [...STATUSES, 'ij_review_requested' as const])
        for (const [role, id] of roles) {
          if (kind === 'mpp_interview' && until === 'ij_review_requested') continue;
          for (const name of allowedScreeningActions(
            driveScreening({ kind, until }).screening,
            ctxFor(role, id),
          ))
            seen.add(name);
        }
    for (const name of seen) expect(SCREENING_ACTION_POLICY, name).toHaveProperty(name);
    expect(seen.size).toBeGreaterThan(8);
  });

  it('offers the assigned officer their work, and the unassigned-queue officer nothing to decide', () => {
    const interviewed = driveScreening({ until: 'interviewed' }).screening;
    const assigned = factsFor(interviewed.id, OFFICER_ID);
    expect(offeredScreeningActions(interviewed, ctxFor('officer', OFFICER_ID), assigned).sort()).toEqual([
      'decide',
      'decline',
    ]);
    expect(offeredScreeningActions(interviewed, ctxFor('officer', OTHER_OFFICER_ID), assigned)).toEqual([]);
  });

  it('offers nothing to a viewer whose office has no basis, even where the rules would allow it', () => {
    const record = buildMppCase({ returns: [buildReturn()] });
    const elsewhere = { ...factsFor('scr-1', null, 'ELP') };
    expect(offeredCaseActions(record, ctxFor('intake'), elsewhere, { hasOpenScreening: false })).toEqual([]);
    expect(
      offeredCaseActions(record, ctxFor('intake'), factsFor('scr-1', null), { hasOpenScreening: false }),
    ).toEqual(['exempt_mpp', 'return_to_mexico', 'claim_fear', 'report_harm']);
    // The court may record a fear claim by the rules, but intake acts are not the court's under the policy.
    expect(
      offeredCaseActions(record, ctxFor('court'), factsFor('scr-1', null), { hasOpenScreening: false }),
    ).toEqual([]);
    expect(
      offeredCaseActions(record, ctxFor('counsel'), factsFor('scr-1', null), { hasOpenScreening: false }),
    ).toEqual(['report_harm']);
  });

  it('offers clearing an open flag to a supervisor of the office only', () => {
    const flag: ConsistencyFlag = {
      id: 'flag-1',
      caseId: 'case-1',
      kind: 'return_of_exempt_group',
      subjectId: 'ret-1',
      status: 'open',
      reason: 'Returned with an override.',
      raisedAt: '2019-06-02T10:00:00.000Z',
      clearedAt: null,
      clearedBy: null,
      decision: null,
    };
    const facts = factsFor('scr-1', null);
    expect(offeredFlagActions(flag, ctxFor('supervisor', SUPERVISOR_ID), facts)).toEqual(['clear']);
    expect(offeredFlagActions(flag, ctxFor('intake'), facts)).toEqual([]);
    expect(offeredFlagActions({ ...flag, status: 'cleared' }, ctxFor('supervisor'), facts)).toEqual([]);
    expect(offeredFlagActions(flag, ctxFor('supervisor'), factsFor('scr-1', null, 'ELP'))).toEqual([]);
  });
});

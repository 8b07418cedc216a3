// What the case file offers must be what the case transitions accept: for each (state, actor) pair, every offered act
// succeeds with ordinary input, and every act not offered is rejected.
import { describe, expect, it } from 'vitest';
import {
  buildCase,
  buildMppCase,
  buildReturn,
  ctxFor,
  enrolInput,
  returnInput,
} from '../../../test/factories.ts';
import type { CommandContext } from '../actor.ts';
import type { Result } from '../errors.ts';
import { reportHarm } from '../harm/harm-report.ts';
import { allowedCaseActions, CASE_ACTION_NAMES, type CaseActionName } from './allowed-actions.ts';
import type { CaseRecord } from './case.ts';
import { enrolInMpp, exemptFromMpp, recordFearClaim, returnToMexico } from './case.transitions.ts';

type Attempt = (record: CaseRecord, ctx: CommandContext, hasOpenScreening: boolean) => Result<unknown>;

const ACTS: Record<CaseActionName, Attempt> = {
  enrol_mpp: (record, ctx) => enrolInMpp(record, enrolInput(), ctx),
  exempt_mpp: (record, ctx) =>
    exemptFromMpp(record, { reason: 'port_director_discretion', note: '', at: '2019-06-03T10:00:00Z' }, ctx),
  return_to_mexico: (record, ctx, hasOpenScreening) =>
    returnToMexico(record, returnInput({ overrideReason: 'Reviewed by the port.', hasOpenScreening }), ctx),
  claim_fear: (record, ctx) =>
    recordFearClaim(
      record,
      {
        id: 'claim-1',
        at: '2019-06-05T10:00:00Z',
        raisedHow: 'unprompted',
        raisedTo: 'cbp',
        occasion: 'other',
        screeningId: 'scr-9',
      },
      ctx,
    ),
  report_harm: (record, ctx) =>
    reportHarm(
      record,
      {
        id: 'harm-1',
        kind: 'assault',
        occurredOn: null,
        place: 'Ciudad Juárez',
        source: 'applicant',
        description: '',
      },
      ctx,
    ),
};

const ACTORS = ['intake', 'officer', 'supervisor', 'court', 'counsel', 'analyst', 'admin'] as const;

const pending = buildCase({
  track: 'mpp',
  encounter: { at: '2019-06-01T08:00:00.000Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
  mpp: { state: 'pending' },
});
const STATES: Array<[string, CaseRecord, boolean]> = [
  ['MPP pending', pending, false],
  ['MPP enrolled', buildMppCase(), false],
  ['MPP enrolled, returned', buildMppCase({ returns: [buildReturn()] }), false],
  ['MPP enrolled, a screening open', buildMppCase({ returns: [buildReturn()] }), true],
  [
    'MPP exempt',
    buildMppCase({
      mpp: {
        state: 'exempt',
        term: '2019',
        at: '2019-06-01T12:00:00.000Z',
        reason: 'known_health_issue',
        note: '',
      },
    }),
    false,
  ],
  [
    'not amenable, returned before',
    buildMppCase({
      mpp: { state: 'not_amenable', term: '2019', at: '2019-06-04T12:00:00.000Z', screeningId: 'scr-1' },
      returns: [buildReturn()],
    }),
    false,
  ],
  ['expedited removal', buildCase(), false],
  ['expedited removal, closed', buildCase({ status: 'closed' }), false],
];

describe('allowedCaseActions agrees with the case transitions', () => {
  for (const [label, record, hasOpenScreening] of STATES) {
    it(label, () => {
      for (const role of ACTORS) {
        const ctx = ctxFor(role);
        const offered = allowedCaseActions(record, ctx, { hasOpenScreening });
        for (const name of CASE_ACTION_NAMES) {
          const result = ACTS[name](record, ctx, hasOpenScreening);
          const detail = result.ok ? 'accepted' : `${result.error.code}: ${result.error.message}`;
          expect(
            result.ok,
            `${role} / ${name}: offered=${offered.includes(name)}, transition ${detail}`,
          ).toBe(offered.includes(name));
        }
      }
    });
  }

  it('offers intake the MPP acts of a pending case, and nothing to an analyst or admin anywhere', () => {
    expect(allowedCaseActions(pending, ctxFor('intake'), { hasOpenScreening: false })).toEqual([
      'enrol_mpp',
      'exempt_mpp',
      'claim_fear',
    ]);
    for (const [, record, hasOpenScreening] of STATES) {
      expect(allowedCaseActions(record, ctxFor('analyst'), { hasOpenScreening })).toEqual([]);
      expect(allowedCaseActions(record, ctxFor('admin'), { hasOpenScreening })).toEqual([]);
    }
  });
});

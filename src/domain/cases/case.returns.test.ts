// Returns to Mexico and fear claims: who may be returned, when, and what a fear claim records.
import { describe, expect, it } from 'vitest';
import type { FearClaim } from './case.ts';
import { openCase, recordFearClaim, returnToMexico } from './case.transitions.ts';
import {
  buildCase,
  buildMppCase,
  ctxFor,
  okValue,
  openCaseInput,
  rejection,
  returnInput,
  stateOf,
} from '../../../test/factories.ts';

const intake = ctxFor('intake');
const pendingMpp = () => stateOf(openCase(openCaseInput(), intake));

describe('returnToMexico', () => {
  it('returns an enrolled person with the port and the hearing date', () => {
    const t = okValue(returnToMexico(buildMppCase(), returnInput(), intake));
    expect(t.state.returns).toEqual([
      {
        id: 'ret-1',
        at: '2019-06-02T10:00:00.000Z',
        port: 'El Paso POE',
        hearingDate: '2019-09-03',
        hearingLocation: 'El Paso',
        overrideReason: null,
      },
    ]);
    expect(t.events).toEqual([
      { type: 'mpp.returned_to_mexico', caseId: 'case-1', payload: t.state.returns[0] },
    ]);
  });

  it('a hearing on the day of the return is allowed; before it is not', () => {
    expect(returnToMexico(buildMppCase(), returnInput({ hearingDate: '2019-06-02' }), intake).ok).toBe(true);
    expect(
      rejection(returnToMexico(buildMppCase(), returnInput({ hearingDate: '2019-06-01' }), intake)).details,
    ).toEqual({ field: 'hearingDate' });
    expect(
      rejection(returnToMexico(buildMppCase(), returnInput({ hearingDate: '2019-02-30' }), intake)).details,
    ).toEqual({ field: 'hearingDate' });
  });

  it('someone exempt or found not amenable is EXEMPT_GROUP without an override, and returned (with the override recorded) with one', () => {
    const exempt = buildMppCase({
      mpp: {
        state: 'exempt',
        term: '2019',
        at: '2019-06-01T09:00:00.000Z',
        reason: 'known_health_issue',
        note: '',
      },
    });
    const notAmenable = buildMppCase({
      mpp: { state: 'not_amenable', term: '2019', at: '2019-06-01T09:00:00.000Z', screeningId: 'scr-1' },
    });
    for (const record of [exempt, notAmenable]) {
      const error = rejection(returnToMexico(record, returnInput(), intake));
      expect(error.code).toBe('EXEMPT_GROUP');
      expect(error.message).toContain('override reason');
      const t = okValue(
        returnToMexico(
          record,
          returnInput({ overrideReason: ' Exemption rescinded by the port director. ' }),
          intake,
        ),
      );
      expect(t.state.returns[0]?.overrideReason).toBe('Exemption rescinded by the port director.');
    }
  });

  it('someone with a recorded vulnerability is EXEMPT_GROUP without an override', () => {
    const error = rejection(
      returnToMexico(buildMppCase({ vulnerabilities: ['known_health_issue'] }), returnInput(), intake),
    );
    expect(error.code).toBe('EXEMPT_GROUP');
    expect(error.details).toMatchObject({ vulnerabilities: ['known_health_issue'] });
    expect(
      returnToMexico(
        buildMppCase({ vulnerabilities: ['known_health_issue'] }),
        returnInput({ overrideReason: 'Treated, fit to travel.' }),
        intake,
      ).ok,
    ).toBe(true);
  });

  it('an open fear screening blocks the return', () => {
    const error = rejection(returnToMexico(buildMppCase(), returnInput({ hasOpenScreening: true }), intake));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('fear screening');
  });

  it('returns only MPP cases, only while MPP is in force, never before the encounter or in the future', () => {
    expect(rejection(returnToMexico(buildCase(), returnInput(), intake)).code).toBe('INVALID_TRANSITION');
    expect(rejection(returnToMexico(pendingMpp(), returnInput(), intake)).code).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        returnToMexico(
          buildMppCase(),
          returnInput({ at: '2021-08-01T10:00:00Z', hearingDate: '2021-09-01' }),
          intake,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(returnToMexico(buildMppCase(), returnInput({ at: '2019-05-30T10:00:00Z' }), intake)).details,
    ).toEqual({ field: 'at' });
    expect(
      rejection(
        returnToMexico(
          buildMppCase(),
          returnInput({ at: '2030-05-30T10:00:00Z', hearingDate: '2030-06-01' }),
          intake,
        ),
      ).message,
    ).toContain('in the future');
    expect(rejection(returnToMexico(buildMppCase(), returnInput({ port: ' ' }), intake)).details).toEqual({
      field: 'port',
    });
    expect(rejection(returnToMexico(buildMppCase(), returnInput(), ctxFor('officer'))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('a second return after a hearing is appended', () => {
    const once = stateOf(returnToMexico(buildMppCase(), returnInput(), intake));
    const twice = stateOf(
      returnToMexico(
        once,
        returnInput({ id: 'ret-2', at: '2019-09-03T18:00:00Z', hearingDate: '2019-11-05' }),
        intake,
      ),
    );
    expect(twice.returns.map((r) => r.id)).toEqual(['ret-1', 'ret-2']);
  });
});

describe('recordFearClaim', () => {
  const claim = (overrides: Partial<FearClaim> = {}): FearClaim => ({
    id: 'fear-1',
    at: '2019-06-01T09:00:00Z',
    raisedHow: 'unprompted',
    raisedTo: 'cbp',
    occasion: 'encounter',
    screeningId: 'scr-1',
    ...overrides,
  });

  it('records the claim: how, when, to whom, and the screening it opens', () => {
    const t = okValue(recordFearClaim(buildMppCase(), claim(), intake));
    expect(t.state.fearClaims).toEqual([{ ...claim(), at: '2019-06-01T09:00:00.000Z' }]);
    expect(t.events).toEqual([
      { type: 'fear.claimed', caseId: 'case-1', payload: { ...claim(), at: '2019-06-01T09:00:00.000Z' } },
    ]);
  });

  it('each raising is its own claim (fear raised again when presented for a hearing)', () => {
    const once = stateOf(recordFearClaim(buildMppCase(), claim(), intake));
    const twice = stateOf(
      recordFearClaim(
        once,
        claim({
          id: 'fear-2',
          at: '2019-09-03T14:00:00Z',
          raisedTo: 'immigration_judge',
          occasion: 'hearing_presentation',
          screeningId: 'scr-2',
        }),
        ctxFor('court'),
      ),
    );
    expect(twice.fearClaims.map((c) => c.screeningId)).toEqual(['scr-1', 'scr-2']);
  });

  it('rejects a claim on a closed case, or on an MPP case that is exempt or not amenable', () => {
    expect(rejection(recordFearClaim(buildMppCase({ status: 'closed' }), claim(), intake)).code).toBe(
      'INVALID_TRANSITION',
    );
    const exempt = buildMppCase({
      mpp: {
        state: 'exempt',
        term: '2019',
        at: '2019-06-01T09:00:00.000Z',
        reason: 'known_health_issue',
        note: '',
      },
    });
    expect(rejection(recordFearClaim(exempt, claim(), intake)).message).toContain('needs no screening');
  });

  it('rejects a claim before the encounter, in the future, with unknown codes, or by a role without a basis', () => {
    expect(
      rejection(recordFearClaim(buildMppCase(), claim({ at: '2019-06-01T07:00:00Z' }), intake)).details,
    ).toEqual({ field: 'at' });
    expect(
      rejection(recordFearClaim(buildMppCase(), claim({ at: '2030-06-01T07:00:00Z' }), intake)).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(recordFearClaim(buildMppCase(), claim({ raisedHow: 'shouted' as 'unprompted' }), intake))
        .details,
    ).toEqual({ field: 'raisedHow' });
    expect(
      rejection(recordFearClaim(buildMppCase(), claim({ raisedTo: 'priest' as 'cbp' }), intake)).details,
    ).toEqual({ field: 'raisedTo' });
    expect(
      rejection(recordFearClaim(buildMppCase(), claim({ occasion: 'dream' as 'other' }), intake)).details,
    ).toEqual({ field: 'occasion' });
    for (const role of ['counsel', 'analyst', 'admin'] as const)
      expect(rejection(recordFearClaim(buildMppCase(), claim(), ctxFor(role))).code).toBe('FORBIDDEN');
  });
});

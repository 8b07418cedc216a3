import { describe, expect, it } from 'vitest';
import { screeningKindForTrack, TRACKS } from './case.ts';
import { enrolInMpp, exemptFromMpp, markNotAmenable, openCase } from './case.transitions.ts';
import {
  buildCase,
  buildMppCase,
  ctxFor,
  enrolInput,
  okValue,
  openCaseInput as openInput,
  rejection,
  stateOf,
} from '../../../test/factories.ts';

const intake = ctxFor('intake');
const pendingMpp = () => stateOf(openCase(openInput(), intake));

describe('openCase', () => {
  it('opens an MPP case from a land arrival during an MPP period, pending enrolment', () => {
    const t = okValue(
      openCase(openInput({ vulnerabilities: ['known_health_issue'], isSynthetic: true }), intake),
    );
    expect(t.state).toMatchObject({
      status: 'open',
      track: 'mpp',
      mpp: { state: 'pending' },
      encounter: { at: '2019-06-01T08:00:00.000Z', place: 'El Paso POE' },
      vulnerabilities: ['known_health_issue'],
      returns: [],
      fearClaims: [],
    });
    expect(t.events).toEqual([
      {
        type: 'case.opened',
        caseId: 'case-1',
        payload: {
          personId: 'person-1',
          office: 'ELP',
          track: 'mpp',
          encounter: { at: '2019-06-01T08:00:00.000Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
          vulnerabilities: ['known_health_issue'],
          isSynthetic: true,
        },
      },
    ]);
  });

  it('opens the other tracks anywhere, any time, with MPP not applicable', () => {
    for (const track of ['expedited_removal', 'reinstatement', 'administrative_removal']) {
      const record = stateOf(
        openCase(
          openInput({
            track,
            encounter: { at: '2017-04-01T08:00:00Z', place: 'JFK airport', arrivedByLandFromMexico: false },
          }),
          intake,
        ),
      );
      expect(record.mpp).toEqual({ state: 'not_applicable' });
    }
  });

  it('refuses MPP for an arrival that is not by land from Mexico', () => {
    const error = rejection(
      openCase(
        openInput({
          encounter: { at: '2019-06-01T08:00:00Z', place: 'MIA', arrivedByLandFromMexico: false },
        }),
        intake,
      ),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('by land from Mexico');
  });

  it.each(['2019-01-27T20:00:00Z', '2021-09-01T08:00:00Z', '2022-08-09T08:00:00Z'])(
    'refuses MPP for an encounter on %s, outside MPP',
    (at) => {
      expect(
        rejection(
          openCase(openInput({ encounter: { at, place: 'Laredo', arrivedByLandFromMexico: true } }), intake),
        ).code,
      ).toBe('INVALID_TRANSITION');
    },
  );

  it('accepts MPP on the first and last days of each period', () => {
    for (const at of [
      '2019-01-28T15:00:00Z',
      '2021-06-01T15:00:00Z',
      '2021-12-02T15:00:00Z',
      '2022-08-08T15:00:00Z',
    ]) {
      expect(
        openCase(openInput({ encounter: { at, place: 'Laredo', arrivedByLandFromMexico: true } }), intake).ok,
      ).toBe(true);
    }
  });

  it('rejects an unknown track, an unknown vulnerability, a future or malformed encounter, no place, and the wrong role', () => {
    expect(rejection(openCase(openInput({ track: 'parole' }), intake)).details).toEqual({ field: 'track' });
    expect(
      rejection(openCase(openInput({ vulnerabilities: ['pregnant' as 'known_health_issue'] }), intake))
        .details,
    ).toMatchObject({ field: 'vulnerabilities' });
    expect(
      rejection(
        openCase(
          openInput({ encounter: { at: '2030-01-01T00:00:00Z', place: 'x', arrivedByLandFromMexico: true } }),
          intake,
        ),
      ).message,
    ).toContain('in the future');
    expect(
      rejection(
        openCase(
          openInput({ encounter: { at: '2019-06-31T00:00:00Z', place: 'x', arrivedByLandFromMexico: true } }),
          intake,
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        openCase(
          openInput({
            encounter: { at: '2019-06-01T08:00:00Z', place: '  ', arrivedByLandFromMexico: true },
          }),
          intake,
        ),
      ).details,
    ).toEqual({ field: 'encounter.place' });
    for (const role of ['officer', 'counsel', 'analyst', 'admin'] as const)
      expect(rejection(openCase(openInput(), ctxFor(role))).code).toBe('FORBIDDEN');
  });

  it('maps each track to its screening kind', () => {
    expect(TRACKS.map(screeningKindForTrack)).toEqual([
      'credible_fear',
      'reasonable_fear',
      'reasonable_fear',
      'mpp_interview',
    ]);
  });
});

describe('enrolInMpp', () => {
  it('enrols with the NTA, the first hearing and the term of the period', () => {
    const t = okValue(enrolInMpp(pendingMpp(), enrolInput({ noticeAddress: '  ' }), intake));
    expect(t.state.mpp).toEqual({
      state: 'enrolled',
      term: '2019',
      at: '2019-06-01T12:00:00.000Z',
      ntaServedAt: '2019-06-01T12:00:00.000Z',
      firstHearingDate: '2019-09-03',
      hearingLocation: 'El Paso',
      noticeAddress: null,
    });
    expect(t.events).toEqual([
      {
        type: 'mpp.enrolled',
        caseId: 'case-1',
        payload: {
          term: '2019',
          ntaServedAt: '2019-06-01T12:00:00.000Z',
          firstHearingDate: '2019-09-03',
          hearingLocation: 'El Paso',
          noticeAddress: null,
          overrideReason: null,
        },
      },
    ]);
  });

  it('records the 2021 term for an NTA served in 2022', () => {
    const pending = stateOf(
      openCase(
        openInput({
          encounter: { at: '2022-02-01T08:00:00Z', place: 'Laredo', arrivedByLandFromMexico: true },
        }),
        intake,
      ),
    );
    const enrolled = stateOf(
      enrolInMpp(
        pending,
        enrolInput({ ntaServedAt: '2022-02-01T12:00:00Z', firstHearingDate: '2022-03-01' }),
        intake,
      ),
    );
    expect(enrolled.mpp).toMatchObject({ state: 'enrolled', term: '2021' });
  });

  it('a Mexican national is EXEMPT_GROUP, whatever the case of the code', () => {
    for (const nationality of ['MX', 'mx']) {
      const error = rejection(
        enrolInMpp(
          pendingMpp(),
          enrolInput({ nationality, overrideReason: 'Port director says so' }),
          intake,
        ),
      );
      expect(error.code).toBe('EXEMPT_GROUP');
      expect(error.details).toEqual({ reason: 'mexican_national' });
    }
  });

  it('a vulnerable person is EXEMPT_GROUP without an override reason, and enrolled with one (which is recorded)', () => {
    const vulnerable = {
      ...pendingMpp(),
      vulnerabilities: ['unaccompanied_child', 'criminal_or_violence_history'] as const,
    };
    const error = rejection(enrolInMpp(vulnerable, enrolInput({ overrideReason: '  ' }), intake));
    expect(error.code).toBe('EXEMPT_GROUP');
    expect(error.details).toEqual({ vulnerabilities: ['unaccompanied_child'] });
    const t = okValue(
      enrolInMpp(vulnerable, enrolInput({ overrideReason: ' Age disputed by documents. ' }), intake),
    );
    expect(t.events[0]?.payload).toMatchObject({ overrideReason: 'Age disputed by documents.' });
  });

  it('a recorded non-vulnerable reason does not block enrolment', () => {
    expect(
      enrolInMpp({ ...pendingMpp(), vulnerabilities: ['criminal_or_violence_history'] }, enrolInput(), intake)
        .ok,
    ).toBe(true);
  });

  it('rejects a first hearing not after the NTA, an NTA in the future, outside MPP or before the encounter', () => {
    expect(
      rejection(enrolInMpp(pendingMpp(), enrolInput({ firstHearingDate: '2019-06-01' }), intake)).details,
    ).toEqual({ field: 'firstHearingDate' });
    expect(
      rejection(enrolInMpp(pendingMpp(), enrolInput({ firstHearingDate: '2019-09-31' }), intake)).details,
    ).toEqual({ field: 'firstHearingDate' });
    expect(
      rejection(enrolInMpp(pendingMpp(), enrolInput({ ntaServedAt: '2030-01-01T00:00:00Z' }), intake)).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        enrolInMpp(
          pendingMpp(),
          enrolInput({ ntaServedAt: '2021-07-01T00:00:00Z', firstHearingDate: '2021-10-01' }),
          intake,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(enrolInMpp(pendingMpp(), enrolInput({ ntaServedAt: '2019-05-31T12:00:00Z' }), intake))
        .details,
    ).toEqual({ field: 'ntaServedAt' });
    expect(rejection(enrolInMpp(pendingMpp(), enrolInput({ hearingLocation: '' }), intake)).details).toEqual({
      field: 'hearingLocation',
    });
  });

  it('enrols only a pending MPP case', () => {
    expect(rejection(enrolInMpp(buildMppCase(), enrolInput(), intake)).code).toBe('INVALID_TRANSITION');
    expect(rejection(enrolInMpp(buildCase(), enrolInput(), intake)).details).toEqual({
      mpp: 'not_applicable',
    });
  });
});

describe('exemptFromMpp', () => {
  const sup = ctxFor('supervisor');

  it('records the exemption and its reason from the list of the period', () => {
    const t = okValue(
      exemptFromMpp(
        pendingMpp(),
        {
          reason: 'unaccompanied_child',
          note: ' Age 15 per birth certificate. ',
          at: '2019-06-01T09:00:00Z',
        },
        intake,
      ),
    );
    expect(t.state.mpp).toEqual({
      state: 'exempt',
      term: '2019',
      at: '2019-06-01T09:00:00.000Z',
      reason: 'unaccompanied_child',
      note: 'Age 15 per birth certificate.',
    });
    expect(t.events).toEqual([
      {
        type: 'mpp.exempted',
        caseId: 'case-1',
        payload: {
          term: '2019',
          reason: 'unaccompanied_child',
          note: 'Age 15 per birth certificate.',
          at: '2019-06-01T09:00:00.000Z',
        },
      },
    ]);
  });

  it('accepts the SOGI reason in the 2021 term only', () => {
    const sogi = { reason: 'sexual_orientation_or_gender_identity_risk', note: '' };
    expect(rejection(exemptFromMpp(pendingMpp(), { ...sogi, at: '2019-06-01T09:00:00Z' }, intake)).code).toBe(
      'VALIDATION_FAILED',
    );
    const pending2021 = stateOf(
      openCase(
        openInput({
          encounter: { at: '2022-02-01T08:00:00Z', place: 'Laredo', arrivedByLandFromMexico: true },
        }),
        intake,
      ),
    );
    expect(
      stateOf(exemptFromMpp(pending2021, { ...sogi, at: '2022-02-01T09:00:00Z' }, intake)).mpp,
    ).toMatchObject({ state: 'exempt', term: '2021', reason: 'sexual_orientation_or_gender_identity_risk' });
  });

  it('exempts an enrolled case too (a supervisor may), but not one that is not in MPP or already exempt', () => {
    expect(
      stateOf(
        exemptFromMpp(
          buildMppCase(),
          { reason: 'known_health_issue', note: '', at: '2019-06-05T09:00:00Z' },
          sup,
        ),
      ).mpp.state,
    ).toBe('exempt');
    expect(
      rejection(
        exemptFromMpp(
          buildCase(),
          { reason: 'known_health_issue', note: '', at: '2019-06-05T09:00:00Z' },
          sup,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    const exempt = stateOf(
      exemptFromMpp(pendingMpp(), { reason: 'returning_lpr', note: '', at: '2019-06-01T09:00:00Z' }, intake),
    );
    expect(
      rejection(
        exemptFromMpp(exempt, { reason: 'known_health_issue', note: '', at: '2019-06-05T09:00:00Z' }, sup),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('rejects an unknown reason, a future date and the wrong role', () => {
    expect(
      rejection(
        exemptFromMpp(pendingMpp(), { reason: 'tired', note: '', at: '2019-06-01T09:00:00Z' }, intake),
      ).details,
    ).toMatchObject({ field: 'reason' });
    expect(
      rejection(
        exemptFromMpp(
          pendingMpp(),
          { reason: 'returning_lpr', note: '', at: '2030-06-01T09:00:00Z' },
          intake,
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      rejection(
        exemptFromMpp(
          pendingMpp(),
          { reason: 'returning_lpr', note: '', at: '2019-06-01T09:00:00Z' },
          ctxFor('officer'),
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('markNotAmenable', () => {
  it('records a positive MPP determination as not amenable, keeping the enrolment term', () => {
    const t = okValue(
      markNotAmenable(buildMppCase(), { screeningId: 'scr-1', at: '2019-06-12T10:00:00.000Z' }),
    );
    expect(t.state.mpp).toEqual({
      state: 'not_amenable',
      term: '2019',
      at: '2019-06-12T10:00:00.000Z',
      screeningId: 'scr-1',
    });
    expect(t.events[0]).toMatchObject({
      type: 'mpp.not_amenable',
      payload: { screeningId: 'scr-1', term: '2019' },
    });
    expect(
      rejection(markNotAmenable(buildCase(), { screeningId: 'scr-1', at: '2019-06-12T10:00:00.000Z' })).code,
    ).toBe('INVALID_TRANSITION');
  });
});

import { describe, expect, it } from 'vitest';
import { computeFlags } from './consistency-flags.ts';
import { showsHarmInMexico } from '../screenings/testimony.ts';
import {
  buildCase,
  buildHarmReport,
  buildMppCase,
  buildReturn,
  buildTestimony,
  driveScreening,
} from '../../../test/factories.ts';

const harmInMexico = buildTestimony({
  harmSuffered: [{ where: 'mexico', kind: 'kidnapping', when: '2019-05-20' }],
});
const returned = buildMppCase({ returns: [buildReturn()] });

describe('computeFlags', () => {
  it('raises nothing for a clean record', () => {
    const screening = driveScreening({ kind: 'mpp_interview', until: 'served' }).screening;
    expect(computeFlags(returned, [screening], [])).toEqual([]);
    expect(computeFlags(buildCase(), [driveScreening({ until: 'served' }).screening], [])).toEqual([]);
  });

  it('flags a negative MPP determination although the testimony records harm already suffered in Mexico', () => {
    const negative = driveScreening({
      kind: 'mpp_interview',
      until: 'decided',
      testimony: harmInMexico,
    }).screening;
    expect(showsHarmInMexico(harmInMexico)).toBe(true);
    const flags = computeFlags(returned, [negative], []);
    expect(flags).toEqual([
      {
        kind: 'negative_mpp_despite_harm_in_mexico',
        subjectId: 'scr-1',
        reason: expect.stringContaining('harm already suffered in Mexico') as string,
      },
    ]);
  });

  it('does not flag a positive MPP determination, or a negative credible fear, with the same testimony', () => {
    const positive = driveScreening({
      kind: 'mpp_interview',
      until: 'decided',
      result: 'positive',
      testimony: harmInMexico,
    }).screening;
    const credibleFear = driveScreening({ until: 'decided', testimony: harmInMexico }).screening;
    expect(computeFlags(returned, [positive, credibleFear], [])).toEqual([]);
  });

  it('flags the return of someone in an exempt group, with the override given', () => {
    const exempt = buildMppCase({
      mpp: {
        state: 'exempt',
        term: '2019',
        at: '2019-06-01T09:00:00.000Z',
        reason: 'known_health_issue',
        note: '',
      },
      returns: [buildReturn({ overrideReason: 'Port director decision' })],
    });
    const flags = computeFlags(exempt, [], []);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'return_of_exempt_group', subjectId: 'ret-1' });
    expect(flags[0]?.reason).toContain('the case is exempt');
    expect(flags[0]?.reason).toContain('override: Port director decision');
  });

  it('flags the return of someone with a recorded vulnerability', () => {
    const flags = computeFlags(
      buildMppCase({
        vulnerabilities: ['unaccompanied_child'],
        returns: [buildReturn({ overrideReason: 'Age disputed' })],
      }),
      [],
      [],
    );
    expect(flags.map((f) => f.kind)).toEqual(['return_of_exempt_group']);
    expect(flags[0]?.reason).toContain('unaccompanied_child');
  });

  it('does not flag a return made before the person was found not amenable', () => {
    const later = buildMppCase({
      mpp: { state: 'not_amenable', term: '2019', at: '2019-09-04T10:00:00.000Z', screeningId: 'scr-2' },
      returns: [
        buildReturn({ id: 'ret-1', at: '2019-06-02T10:00:00.000Z' }),
        buildReturn({ id: 'ret-2', at: '2019-09-05T10:00:00.000Z', overrideReason: 'Ordered by HQ' }),
      ],
    });
    expect(computeFlags(later, [], []).map((f) => [f.kind, f.subjectId])).toEqual([
      ['return_of_exempt_group', 'ret-2'],
    ]);
  });

  it('flags a hearing notice served without an address', () => {
    const noAddress = buildMppCase({
      mpp: {
        state: 'enrolled',
        term: '2019',
        at: '2019-06-01T12:00:00.000Z',
        ntaServedAt: '2019-06-01T12:00:00.000Z',
        firstHearingDate: '2019-09-03',
        hearingLocation: 'El Paso',
        noticeAddress: null,
      },
    });
    expect(computeFlags(noAddress, [], [])).toEqual([
      {
        kind: 'notice_without_address',
        subjectId: 'case-1',
        reason: expect.stringContaining('without an address') as string,
      },
    ]);
  });

  it('flags a return after harm was reported in Mexico, naming the kinds', () => {
    const twice = buildMppCase({
      returns: [buildReturn({ id: 'ret-1' }), buildReturn({ id: 'ret-2', at: '2019-09-03T18:00:00.000Z' })],
    });
    const flags = computeFlags(
      twice,
      [],
      [
        buildHarmReport({ occurredOn: '2019-07-15', kind: 'kidnapping' }),
        buildHarmReport({ id: 'harm-2', occurredOn: '2019-08-01', kind: 'extortion' }),
      ],
    );
    expect(flags).toEqual([
      {
        kind: 'return_after_reported_harm',
        subjectId: 'ret-2',
        reason: 'Returned to Mexico again after 2 report(s) of harm there (kidnapping, extortion).',
      },
    ]);
  });

  it('does not count harm after the return, or undated harm, as harm before it', () => {
    const flags = computeFlags(
      returned,
      [],
      [buildHarmReport({ occurredOn: '2019-07-15' }), buildHarmReport({ id: 'harm-2', occurredOn: null })],
    );
    expect(flags).toEqual([]);
  });
});

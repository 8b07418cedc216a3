import { describe, expect, it } from 'vitest';
import { buildMppCase, driveScreening, okValue, TEST_NOW } from '../../../test/factories.ts';
import { caseAfterScreening, changesItsCase } from './screening-outcome.ts';

const positiveMpp = driveScreening({ kind: 'mpp_interview', until: 'served', result: 'positive' }).screening;

describe('caseAfterScreening', () => {
  it('takes an enrolled case out of MPP once a positive MPP determination is served, as of the service', () => {
    expect(changesItsCase(positiveMpp)).toBe(true);
    const change = caseAfterScreening(buildMppCase(), positiveMpp, TEST_NOW);
    const { state, events } = okValue(change!);
    expect(state.mpp).toEqual({
      state: 'not_amenable',
      term: '2019',
      at: positiveMpp.servedAt,
      screeningId: positiveMpp.id,
    });
    expect(events).toEqual([
      {
        type: 'mpp.not_amenable',
        caseId: 'case-1',
        payload: { screeningId: positiveMpp.id, at: positiveMpp.servedAt, term: '2019' },
      },
    ]);
  });

  it('calls for nothing before service, after a negative, on another kind, or once the case left MPP', () => {
    const approved = driveScreening({
      kind: 'mpp_interview',
      until: 'approved',
      result: 'positive',
    }).screening;
    const negative = driveScreening({ kind: 'mpp_interview', until: 'served', result: 'negative' }).screening;
    const credibleFear = driveScreening({ until: 'served', result: 'positive' }).screening;
    for (const s of [approved, negative, credibleFear]) {
      expect(changesItsCase(s)).toBe(false);
      expect(caseAfterScreening(buildMppCase(), s, TEST_NOW)).toBeNull();
    }
    const exempt = buildMppCase({
      mpp: { state: 'exempt', term: '2019', at: TEST_NOW, reason: 'known_health_issue', note: '' },
    });
    expect(caseAfterScreening(exempt, positiveMpp, TEST_NOW)).toBeNull();
  });
});

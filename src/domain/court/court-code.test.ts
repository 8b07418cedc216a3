import { describe, expect, it } from 'vitest';
import { buildCase, buildMppCase, buildReturn } from '../../../test/factories.ts';
import { courtNamedByNta, parseCourtCode } from './court-code.ts';

describe('court codes', () => {
  it('accepts three letters, trimmed and upper-cased, and rejects names and other shapes', () => {
    expect(parseCourtCode('court', ' enp ')).toEqual({ ok: true, value: 'ENP' });
    for (const bad of ['El Paso', 'HOUS', 'H0U', '', null, undefined]) {
      const result = parseCourtCode('court', bad);
      expect(result.ok ? 'ok' : [result.error.code, result.error.details]).toEqual([
        'VALIDATION_FAILED',
        { field: 'court' },
      ]);
    }
  });

  it('finds the court an MPP notice to appear names: the hearing location, else the latest return', () => {
    expect(courtNamedByNta(buildCase())).toBeNull();
    const enrolled = buildMppCase();
    expect(courtNamedByNta(enrolled)).toBe('El Paso');
    const disenrolled = buildMppCase({
      mpp: { state: 'not_amenable', term: '2019', at: '2019-08-01T00:00:00.000Z', screeningId: 's' },
      returns: [
        buildReturn({ hearingLocation: 'ENP' }),
        buildReturn({ id: 'ret-2', hearingLocation: 'MPB' }),
      ],
    });
    expect(courtNamedByNta(disenrolled)).toBe('MPB');
  });
});

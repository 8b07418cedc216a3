import { describe, expect, it } from 'vitest';
import {
  MPP_EXEMPTION_REASONS,
  MPP_EXEMPTIONS_BY_TERM,
  mppExemptionLabel,
  validateMppExemption,
  VULNERABLE_GROUP_REASONS,
} from './mpp-exemption.ts';
import { okValue, rejection } from '../../../test/factories.ts';

describe('the period-versioned MPP exemption list', () => {
  it('has the ten 2019 reasons, and the 2021 list adds only the sexual orientation / gender identity risk', () => {
    expect(MPP_EXEMPTIONS_BY_TERM['2019']).toHaveLength(10);
    expect(MPP_EXEMPTIONS_BY_TERM['2019']).not.toContain('sexual_orientation_or_gender_identity_risk');
    expect(MPP_EXEMPTIONS_BY_TERM['2021']).toContain('sexual_orientation_or_gender_identity_risk');
    expect(MPP_EXEMPTIONS_BY_TERM['2021'].filter((r) => !MPP_EXEMPTIONS_BY_TERM['2019'].includes(r))).toEqual(
      ['sexual_orientation_or_gender_identity_risk'],
    );
  });

  it('labels every reason', () => {
    for (const reason of MPP_EXEMPTION_REASONS) expect(mppExemptionLabel(reason).length).toBeGreaterThan(5);
  });

  it('treats children, health, fear in Mexico and SOGI risk as vulnerable groups, and not Mexican nationality', () => {
    expect([...VULNERABLE_GROUP_REASONS].sort()).toEqual([
      'fear_of_persecution_or_torture_in_mexico',
      'known_health_issue',
      'sexual_orientation_or_gender_identity_risk',
      'unaccompanied_child',
    ]);
  });

  it('accepts a 2019 reason in 2019 and reports the term', () => {
    expect(okValue(validateMppExemption('mexican_national', '2019-03-01T10:00:00.000Z'))).toEqual({
      reason: 'mexican_national',
      term: '2019',
    });
    expect(okValue(validateMppExemption('port_director_discretion', '2022-01-10'))).toEqual({
      reason: 'port_director_discretion',
      term: '2021',
    });
  });

  it('accepts the SOGI reason only in the 2021 term', () => {
    expect(
      okValue(validateMppExemption('sexual_orientation_or_gender_identity_risk', '2022-01-10T10:00:00.000Z'))
        .term,
    ).toBe('2021');
    const error = rejection(
      validateMppExemption('sexual_orientation_or_gender_identity_risk', '2019-03-01T10:00:00.000Z'),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('not an MPP exemption of the 2019 list');
    expect(error.details['allowed']).toEqual(MPP_EXEMPTIONS_BY_TERM['2019']);
  });

  it('rejects an unknown reason, listing the allowed ones', () => {
    const error = rejection(validateMppExemption('pregnant', '2019-03-01'));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('unaccompanied_child');
  });

  it('rejects any exemption outside an MPP period', () => {
    expect(rejection(validateMppExemption('mexican_national', '2021-08-01')).code).toBe('INVALID_TRANSITION');
  });
});

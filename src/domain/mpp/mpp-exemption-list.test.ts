// The exemption list a form offers is the list of the period in force on the date.
import { describe, expect, it } from 'vitest';
import { mppExemptionListOn } from './mpp-exemption-list.ts';

describe('mppExemptionListOn', () => {
  it('gives the 2019 list without the sexual orientation reason, and the 2021 list with it', () => {
    const first = mppExemptionListOn('2019-07-01');
    const second = mppExemptionListOn('2022-01-10');
    if (!first.ok || !second.ok) throw new Error('expected lists');
    expect(first.value.term).toBe('2019');
    expect(first.value.reasons.map((r) => r.reason)).not.toContain(
      'sexual_orientation_or_gender_identity_risk',
    );
    expect(second.value.reasons.map((r) => r.reason)).toContain('sexual_orientation_or_gender_identity_risk');
    expect(first.value.reasons.find((r) => r.reason === 'unaccompanied_child')).toMatchObject({
      label: 'Unaccompanied alien child',
      isVulnerableGroup: true,
    });
  });

  it('refuses a date outside both periods, and a date that does not exist, naming the field', () => {
    const between = mppExemptionListOn('2021-08-01');
    expect(between.ok).toBe(false);
    if (!between.ok) expect(between.error.details).toEqual({ field: 'at' });
    const bogus = mppExemptionListOn('2019-02-30');
    expect(bogus.ok).toBe(false);
  });
});

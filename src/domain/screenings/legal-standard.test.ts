import { describe, expect, it } from 'vitest';
import {
  checkLegalStandard,
  hasIjReview,
  LEGAL_STANDARDS,
  legalStandardBasis,
  legalStandardFor,
  legalStandardLabel,
} from './legal-standard.ts';
import { okValue, rejection } from '../../../test/factories.ts';

describe('legalStandardFor', () => {
  it.each([
    ['credible_fear', '2019-03-01', 'significant_possibility'],
    ['credible_fear', '2023-05-01', 'significant_possibility'],
    ['reasonable_fear', '2020-05-01', 'reasonable_possibility'],
    ['reasonable_fear', '2017-05-01', 'reasonable_possibility'],
    ['mpp_interview', '2019-01-28', 'more_likely_than_not'],
    ['mpp_interview', '2020-11-03T10:00:00.000Z', 'more_likely_than_not'],
    ['mpp_interview', '2021-06-01', 'more_likely_than_not'],
    ['mpp_interview', '2021-12-02', 'reasonable_possibility'],
    ['mpp_interview', '2022-08-08T10:00:00.000Z', 'reasonable_possibility'],
  ] as const)('%s on %s: %s', (kind, date, standard) => {
    expect(okValue(legalStandardFor(kind, date))).toBe(standard);
  });

  it('has no standard for an MPP interview outside MPP', () => {
    for (const date of ['2019-01-27', '2021-08-01', '2022-08-09']) {
      expect(rejection(legalStandardFor('mpp_interview', date)).code).toBe('INVALID_TRANSITION');
    }
  });

  it('labels every standard with its source', () => {
    for (const s of LEGAL_STANDARDS) expect(legalStandardLabel(s)).toMatch(/\[.+\]/);
  });
});

describe('checkLegalStandard', () => {
  it('accepts the standard of the period', () => {
    expect(
      okValue(checkLegalStandard('mpp_interview', '2022-02-10T10:00:00.000Z', 'reasonable_possibility')),
    ).toBe('reasonable_possibility');
    expect(
      okValue(checkLegalStandard('mpp_interview', '2019-06-11T10:00:00.000Z', 'more_likely_than_not')),
    ).toBe('more_likely_than_not');
  });

  it.each([
    ['mpp_interview', '2022-02-10T10:00:00.000Z', 'more_likely_than_not', 'reasonable_possibility'],
    ['mpp_interview', '2019-06-11T10:00:00.000Z', 'reasonable_possibility', 'more_likely_than_not'],
    ['credible_fear', '2019-03-04T10:00:00.000Z', 'reasonable_possibility', 'significant_possibility'],
    ['credible_fear', '2019-03-04T10:00:00.000Z', 'more_likely_than_not', 'significant_possibility'],
    ['reasonable_fear', '2020-05-04T10:00:00.000Z', 'significant_possibility', 'reasonable_possibility'],
  ] as const)(
    '%s on %s under %s is LEGAL_STANDARD_MISMATCH (requires %s)',
    (kind, date, applied, required) => {
      const error = rejection(checkLegalStandard(kind, date, applied));
      expect(error.code).toBe('LEGAL_STANDARD_MISMATCH');
      expect(error.details).toEqual({ required, applied });
      expect(error.message).toContain(date.slice(0, 10));
    },
  );
});

describe('hasIjReview', () => {
  it('gives IJ review of credible and reasonable fear, never of an MPP interview', () => {
    expect(hasIjReview('credible_fear')).toBe(true);
    expect(hasIjReview('reasonable_fear')).toBe(true);
    expect(hasIjReview('mpp_interview')).toBe(false);
  });
});

describe('legalStandardBasis', () => {
  it('gives each screening its standard with the source that fixes it for that kind and period', () => {
    expect(okValue(legalStandardBasis('credible_fear', '2019-03-01'))).toMatchObject({
      standard: 'significant_possibility',
      source: 'INA 235(b)(1)(B)(v); 8 CFR 208.30(e)',
    });
    expect(okValue(legalStandardBasis('reasonable_fear', '2020-05-01')).source).toBe('8 CFR 208.31(c)');
    const mpp2019 = okValue(legalStandardBasis('mpp_interview', '2019-08-01T10:00:00.000Z'));
    expect(mpp2019.standard).toBe('more_likely_than_not');
    expect(mpp2019.source).toMatch(/2019-01-28/);
    const mpp2021 = okValue(legalStandardBasis('mpp_interview', '2022-02-10'));
    expect(mpp2021.standard).toBe('reasonable_possibility');
    expect(mpp2021.source).toMatch(/2021-12-02/);
    for (const s of [mpp2019, mpp2021]) expect(s.description.length).toBeGreaterThan(20);
  });

  it('has none for an MPP interview outside both periods', () => {
    expect(rejection(legalStandardBasis('mpp_interview', '2021-08-01')).code).toBe('INVALID_TRANSITION');
  });
});

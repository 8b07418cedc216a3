import { describe, expect, it } from 'vitest';
import {
  checkLegalStandard,
  hasIjReview,
  LEGAL_STANDARDS,
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

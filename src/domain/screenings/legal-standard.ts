// The legal standard of each screening, fixed by its kind and, for MPP interviews, by the MPP period of its date.
import { fail, ok, type Result } from '../errors.ts';
import { getMppPeriod } from '../mpp/mpp-period.ts';

/** The three screening kinds. */
export const SCREENING_KINDS = ['credible_fear', 'reasonable_fear', 'mpp_interview'] as const;
export type ScreeningKind = (typeof SCREENING_KINDS)[number];

/** The standards an officer can decide under. */
export const LEGAL_STANDARDS = [
  'significant_possibility',
  'reasonable_possibility',
  'more_likely_than_not',
] as const;
export type LegalStandard = (typeof LEGAL_STANDARDS)[number];

const STANDARD_LABELS: Record<LegalStandard, string> = {
  significant_possibility: 'significant possibility of establishing eligibility [INA 235(b)(1)(B)(v)]',
  reasonable_possibility: 'reasonable possibility of persecution or torture [8 CFR 208.31(c)]',
  more_likely_than_not: 'more likely than not to be persecuted or tortured in Mexico [MPP 2019 guidance]',
};

/** The citation-bearing label of a standard. */
export const legalStandardLabel = (standard: LegalStandard): string => STANDARD_LABELS[standard];

/** The standard the law fixes for a screening of this kind interviewed on this date. */
export function legalStandardFor(kind: ScreeningKind, date: string): Result<LegalStandard> {
  switch (kind) {
    case 'credible_fear':
      return ok('significant_possibility');
    case 'reasonable_fear':
      return ok('reasonable_possibility');
    case 'mpp_interview': {
      const period = getMppPeriod(date);
      if (!period.ok) return period;
      return ok(period.value.term === '2019' ? 'more_likely_than_not' : 'reasonable_possibility');
    }
  }
}

/** Accepts the standard a determination names only if it is the one the law fixes for the screening. */
export function checkLegalStandard(
  kind: ScreeningKind,
  date: string,
  applied: LegalStandard,
): Result<LegalStandard> {
  const required = legalStandardFor(kind, date);
  if (!required.ok) return required;
  if (required.value !== applied) {
    return fail(
      'LEGAL_STANDARD_MISMATCH',
      `A ${kind.replace(/_/g, ' ')} interviewed on ${date.slice(0, 10)} is decided under "${required.value}" (${legalStandardLabel(required.value)}), not "${applied}".`,
      { required: required.value, applied },
    );
  }
  return ok(applied);
}

/** Does the law give the applicant IJ review of a negative determination of this kind? (Not for MPP.) */
export const hasIjReview = (kind: ScreeningKind): boolean => kind !== 'mpp_interview';

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

/** The standard a screening is decided under, what it asks, and the source in law that fixes it for that screening. */
export interface LegalStandardBasis {
  standard: LegalStandard;
  description: string;
  source: string;
}

const STANDARD_DESCRIPTIONS: Record<LegalStandard, string> = {
  significant_possibility:
    'a significant possibility of establishing eligibility for asylum, withholding or CAT protection',
  reasonable_possibility: 'a reasonable possibility of persecution on a protected ground, or of torture',
  more_likely_than_not: 'more likely than not to be persecuted on a protected ground, or tortured, in Mexico',
};

/** The standard of a screening of this kind interviewed (or referred) on this date, with its source: for MPP the
 * period's guidance, otherwise the statute or regulation. */
export function legalStandardBasis(kind: ScreeningKind, date: string): Result<LegalStandardBasis> {
  const standard = legalStandardFor(kind, date);
  if (!standard.ok) return standard;
  const description = STANDARD_DESCRIPTIONS[standard.value];
  switch (kind) {
    case 'credible_fear':
      return ok({ standard: standard.value, description, source: 'INA 235(b)(1)(B)(v); 8 CFR 208.30(e)' });
    case 'reasonable_fear':
      return ok({ standard: standard.value, description, source: '8 CFR 208.31(c)' });
    case 'mpp_interview': {
      const period = getMppPeriod(date);
      if (!period.ok) return period;
      const source =
        period.value.term === '2019'
          ? 'DHS MPP memo and USCIS guidance of 2019-01-28 (non-refoulement interviews)'
          : 'DHS guidance of 2021-12-02 on the court-ordered re-implementation of MPP';
      return ok({ standard: standard.value, description, source });
    }
  }
}

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

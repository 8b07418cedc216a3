// Who is not amenable to MPP, by period. The reason is always recorded: the 2022 gap (DHS could not say which
// vulnerability people claimed) is one Refuge must not have.
import { fail, ok, type Result } from '../errors.ts';
import { getMppPeriod, type MppTerm } from './mpp-period.ts';

/** Every exemption reason either period listed. */
export const MPP_EXEMPTION_REASONS = [
  'unaccompanied_child',
  'mexican_national',
  'processed_for_expedited_removal',
  'returning_lpr',
  'advance_parole_or_parole',
  'known_health_issue',
  'criminal_or_violence_history',
  'mexico_or_us_government_interest',
  'fear_of_persecution_or_torture_in_mexico',
  'sexual_orientation_or_gender_identity_risk',
  'port_director_discretion',
] as const;
export type MppExemptionReason = (typeof MPP_EXEMPTION_REASONS)[number];

const LABELS: Record<MppExemptionReason, string> = {
  unaccompanied_child: 'Unaccompanied alien child',
  mexican_national: 'Citizen or national of Mexico',
  processed_for_expedited_removal: 'Already processed for expedited removal',
  returning_lpr: 'Returning lawful permanent resident seeking admission',
  advance_parole_or_parole: 'Advance parole or parole status',
  known_health_issue: 'Known physical or mental health issue',
  criminal_or_violence_history: 'Criminal history or history of violence',
  mexico_or_us_government_interest: 'Government of Mexico or U.S. government interest',
  fear_of_persecution_or_torture_in_mexico:
    'More likely than not to face persecution or torture in Mexico (2019) / reasonable possibility (2021)',
  sexual_orientation_or_gender_identity_risk:
    'Risk of harm in Mexico due to sexual orientation or gender identity',
  port_director_discretion: 'Other, at the port director\u2019s discretion',
};

/** The list in force in each term [CBP MPP Guiding Principles 2019-01-28; DHS MPP guidance 2021-12-02]. */
export const MPP_EXEMPTIONS_BY_TERM: Record<MppTerm, readonly MppExemptionReason[]> = {
  '2019': MPP_EXEMPTION_REASONS.filter((r) => r !== 'sexual_orientation_or_gender_identity_risk'),
  '2021': MPP_EXEMPTION_REASONS,
};

/** The reasons that mark a vulnerable group: returning such a person needs an override reason and raises a flag. */
export const VULNERABLE_GROUP_REASONS: readonly MppExemptionReason[] = [
  'unaccompanied_child',
  'known_health_issue',
  'fear_of_persecution_or_torture_in_mexico',
  'sexual_orientation_or_gender_identity_risk',
];

/** The label a person reads for a reason. */
export const mppExemptionLabel = (reason: MppExemptionReason): string => LABELS[reason];

/** Accepts a reason only if it is on the list of the period in force on the given date. */
export function validateMppExemption(
  reason: string,
  date: string,
): Result<{ reason: MppExemptionReason; term: MppTerm }> {
  const period = getMppPeriod(date);
  if (!period.ok) return period;
  const allowed = MPP_EXEMPTIONS_BY_TERM[period.value.term];
  if (!(allowed as readonly string[]).includes(reason)) {
    return fail(
      'VALIDATION_FAILED',
      `"${reason}" is not an MPP exemption of the ${period.value.term} list; use one of: ${allowed.join(', ')}.`,
      { field: 'reason', allowed },
    );
  }
  return ok({ reason: reason as MppExemptionReason, term: period.value.term });
}

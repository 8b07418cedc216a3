// The counting definitions printed beside every figure, one short text per concept (the full rules: docs/domain.md).
import { MPP_HEARING_LOCATIONS } from '../model/counting-rules.ts';

/** Each definition a report can cite, by key. */
export const DEFINITIONS = {
  scope: 'Cases: immigration-court cases with a removal proceeding (case type RMV), each counted once.',
  fiscal_year:
    "Fiscal year: October 1 to September 30, named by the year in which it ends; a case's is that of its earliest Notice to Appear (OSC date).",
  mpp: `MPP case: ever carried case identifier MP or RM, or ever had a proceeding or hearing at an MPP hearing location (${MPP_HEARING_LOCATIONS.join(', ')}); it stays MPP after transfer.`,
  represented:
    'Represented: an EOIR-28 date on the case, or a representation record at court level for the respondent (COURT, ALIEN).',
  outcome:
    'Outcome: decided by the latest removal proceeding not closed only by change of venue or transfer; pending when it has no completion date.',
  in_absentia:
    'In absentia: removal ordered with ABSENTIA = Y on the completing proceeding; share of completed cases.',
  relief_granted:
    'Relief granted: the completing decision granted relief (decision R, E or Z); share of completed cases.',
  asylum_grant:
    'Asylum grant rate: grants (F, G, C, I, P) among merits decisions (grants plus denials, D) on asylum, withholding and CAT applications; judge and court of the proceeding.',
  durations:
    'Durations: days from the earliest Notice to Appear to the first hearing on or after it, and to the completion of the outcome proceeding; medians.',
  valid_dates:
    'Dates before 1950-01-01 or after 2035-12-31 (such as the 1900-01-01 placeholder) count as missing.',
  percent: 'Percent: each cell as a share of its row total (of the overall total when there are no columns).',
  suppression:
    'Small cells: counts from 1 to 9 are shown as <10, and x marks a figure withheld so that no small count can be worked out from the totals.',
} as const;

/** A definition key. */
export type DefinitionKey = keyof typeof DEFINITIONS;

/** The texts for the given keys, in the order given, without duplicates. */
export function definitionTexts(keys: readonly DefinitionKey[]): string[] {
  return [...new Set(keys)].map((key) => DEFINITIONS[key]);
}

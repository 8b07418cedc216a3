// The exemption list of the MPP period in force on a date, as a form offers it.
import { fail, ok, type Result } from '../errors.ts';
import { isCalendarDate } from '../time.ts';
import {
  mppExemptionLabel,
  MPP_EXEMPTIONS_BY_TERM,
  VULNERABLE_GROUP_REASONS,
  type MppExemptionReason,
} from './mpp-exemption.ts';
import { getMppPeriod, type MppTerm } from './mpp-period.ts';

/** One period's reasons, labelled, in the order of the list. */
export interface MppExemptionList {
  term: MppTerm;
  from: string;
  to: string;
  reasons: Array<{ reason: MppExemptionReason; label: string; isVulnerableGroup: boolean }>;
}

/** The list in force on `date` (YYYY-MM-DD), or why there is none. */
export function mppExemptionListOn(date: string): Result<MppExemptionList> {
  if (!isCalendarDate(date))
    return fail('VALIDATION_FAILED', `"${date}" is not a calendar date; give one like 2019-07-01.`, {
      field: 'at',
    });
  const period = getMppPeriod(date);
  if (!period.ok)
    // Asking for a date outside MPP is a question with no list, not a transition: answered as a bad parameter.
    return fail('VALIDATION_FAILED', `${period.error.message} Ask for a date within one of them.`, {
      field: 'at',
    });
  return ok({
    term: period.value.term,
    from: period.value.from,
    to: period.value.to,
    reasons: MPP_EXEMPTIONS_BY_TERM[period.value.term].map((reason) => ({
      reason,
      label: mppExemptionLabel(reason),
      isVulnerableGroup: VULNERABLE_GROUP_REASONS.includes(reason),
    })),
  });
}

// What a screening's outcome does to its case. A positive MPP determination, once served, takes the case out of
// MPP: the person is "not amenable" (from the 2021 term, "disenrolled") and is not returned to Mexico.
import { latestDetermination, type Screening } from '../screenings/screening.ts';
import type { Transition } from '../transition.ts';
import { markNotAmenable } from './case.transitions.ts';
import type { CaseRecord } from './case.ts';

/** Does the screening, as it now stands, change its case? (Only a served positive MPP determination does.) */
export const changesItsCase = (s: Screening): boolean =>
  s.kind === 'mpp_interview' && s.status === 'served' && latestDetermination(s)?.result === 'positive';

/** The case's change that follows the screening, or null when it calls for none (or the case already left MPP). */
export function caseAfterScreening(
  record: CaseRecord,
  s: Screening,
  now: string,
): Transition<CaseRecord> | null {
  if (!changesItsCase(s)) return null;
  if (record.mpp.state !== 'enrolled' && record.mpp.state !== 'pending') return null;
  return markNotAmenable(record, { screeningId: s.id, at: s.servedAt ?? now });
}

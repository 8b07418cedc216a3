// Re-checks seeded records against the rules from the outside (the tests run it on generated and on stored data):
// labelled synthetic, MPP only inside its periods, every determination under the standard of its kind and date.
import { parseANumber } from '../../domain/a-number.ts';
import type { CaseRecord } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import { MPP_EXEMPTIONS_BY_TERM } from '../../domain/mpp/mpp-exemption.ts';
import { findMppPeriod } from '../../domain/mpp/mpp-period.ts';
import { checkLegalStandard } from '../../domain/screenings/legal-standard.ts';
import type { Screening } from '../../domain/screenings/screening.ts';

/** Every way the records break the rules, one line each (empty when they hold). */
export function findRuleBreaks(records: {
  persons: readonly Person[];
  cases: readonly CaseRecord[];
  screenings: readonly Screening[];
}): string[] {
  const breaks: string[] = [];
  for (const p of records.persons) {
    if (!p.isSynthetic || !/^SYNTHETIC-\d+$/.test(p.familyName))
      breaks.push(`person ${p.id} is not labelled synthetic`);
    if (!parseANumber(p.aNumber).ok || !p.aNumber.startsWith('9'))
      breaks.push(`person ${p.id} has A-number ${p.aNumber} outside the synthetic range`);
  }
  for (const c of records.cases) {
    if (!c.isSynthetic) breaks.push(`case ${c.id} is not labelled synthetic`);
    if (c.track !== 'mpp') {
      if (c.mpp.state !== 'not_applicable' || c.returns.length > 0)
        breaks.push(`case ${c.id} on ${c.track} has MPP records`);
      continue;
    }
    if (!findMppPeriod(c.encounter.at))
      breaks.push(`MPP case ${c.id} encountered outside MPP (${c.encounter.at})`);
    const mpp = c.mpp;
    if (mpp.state === 'enrolled' && findMppPeriod(mpp.ntaServedAt)?.term !== mpp.term)
      breaks.push(`case ${c.id} enrolled outside its term`);
    if (mpp.state === 'exempt' && !MPP_EXEMPTIONS_BY_TERM[mpp.term].includes(mpp.reason))
      breaks.push(`case ${c.id} exempt for "${mpp.reason}", not on the ${mpp.term} list`);
    for (const r of c.returns)
      if (!findMppPeriod(r.at)) breaks.push(`case ${c.id} returned to Mexico outside MPP (${r.at})`);
  }
  for (const s of records.screenings) {
    if (s.kind === 'mpp_interview') {
      if (!findMppPeriod(s.referredAt) || (s.interview && !findMppPeriod(s.interview.at)))
        breaks.push(`MPP interview ${s.id} outside MPP`);
      if (s.ijReview.requestedAt !== null || s.ijReview.declinedAt !== null || s.ijReview.decision !== null)
        breaks.push(`MPP interview ${s.id} has an IJ review`);
    }
    for (const d of s.determinations) {
      const check = checkLegalStandard(s.kind, s.interview?.at ?? s.referredAt, d.standard);
      if (!check.ok) breaks.push(`screening ${s.id}: ${check.error.message}`);
      if (s.interview && d.officerId !== s.interview.officerId)
        breaks.push(`screening ${s.id} decided by an officer who did not interview`);
    }
  }
  return breaks;
}

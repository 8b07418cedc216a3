// Consistency flags: records that need supervisory attention, computed from the record.
// A flag, once raised, is stored and stays open until a supervisor clears it with a recorded decision.
import type { CaseRecord } from '../cases/case.ts';
import type { HarmReport } from '../harm/harm-report.ts';
import { VULNERABLE_GROUP_REASONS } from '../mpp/mpp-exemption.ts';
import { latestDetermination, type Screening } from '../screenings/screening.ts';
import { showsHarmInMexico } from '../screenings/testimony.ts';

export const FLAG_KINDS = [
  'negative_mpp_despite_harm_in_mexico',
  'return_of_exempt_group',
  'notice_without_address',
  'return_after_reported_harm',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** What the rules found: a kind, the record it is about, and why. The store gives it an id and a status. */
export interface FlagCandidate {
  kind: FlagKind;
  subjectId: string;
  reason: string;
}

/** Every flag the record calls for now. Pure: the service stores the ones not raised before. */
export function computeFlags(
  record: CaseRecord,
  screenings: readonly Screening[],
  harmReports: readonly HarmReport[],
): FlagCandidate[] {
  const out: FlagCandidate[] = [];
  for (const s of screenings) {
    const decision = latestDetermination(s);
    if (
      s.kind === 'mpp_interview' &&
      decision?.result === 'negative' &&
      s.interview &&
      showsHarmInMexico(s.interview.testimony)
    ) {
      out.push({
        kind: 'negative_mpp_despite_harm_in_mexico',
        subjectId: s.id,
        reason: 'Negative MPP determination although the testimony records harm already suffered in Mexico.',
      });
    }
  }
  const vulnerable = record.vulnerabilities.filter((v) => VULNERABLE_GROUP_REASONS.includes(v));
  // A return made while the person was still enrolled was lawful then; only returns after the exemption count.
  const exemptSince =
    record.mpp.state === 'exempt' || record.mpp.state === 'not_amenable' ? record.mpp.at : null;
  for (const r of record.returns) {
    const exempt = exemptSince !== null && exemptSince <= r.at;
    if (exempt || vulnerable.length > 0 || r.overrideReason !== null) {
      const why = exempt
        ? `the case is ${record.mpp.state.replace('_', ' ')}`
        : vulnerable.length > 0
          ? `the record shows ${vulnerable.join(', ')}`
          : 'an override was given';
      out.push({
        kind: 'return_of_exempt_group',
        subjectId: r.id,
        reason: `Returned to Mexico although ${why}${r.overrideReason ? ` (override: ${r.overrideReason})` : ''}.`,
      });
    }
    const harmBefore = harmReports.filter((h) => h.occurredOn !== null && h.occurredOn < r.at.slice(0, 10));
    if (harmBefore.length > 0) {
      out.push({
        kind: 'return_after_reported_harm',
        subjectId: r.id,
        reason: `Returned to Mexico again after ${harmBefore.length} report(s) of harm there (${[...new Set(harmBefore.map((h) => h.kind))].join(', ')}).`,
      });
    }
  }
  if (record.mpp.state === 'enrolled' && record.mpp.noticeAddress === null) {
    out.push({
      kind: 'notice_without_address',
      subjectId: record.id,
      reason:
        'The hearing notice was served without an address in Mexico: the person may never receive later notices.',
    });
  }
  return out;
}

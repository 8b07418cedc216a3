// The case file and its parts as the API shows them to one viewer: no raw rows, and an objection's reason only for
// the objecting officer and the supervisors of the screening's office.
import type { Actor } from '../../domain/actor.ts';
import { formatANumber } from '../../domain/a-number.ts';
import type { CaseRecord, MppStatus } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import type { Proceeding } from '../../domain/court/proceeding.ts';
import { screeningDeadlines, type Deadline } from '../../domain/deadlines/deadlines.ts';
import { mppExemptionLabel } from '../../domain/mpp/mpp-exemption.ts';
import { mayKnowObjectionReason } from '../../domain/objections/objection-visibility.ts';
import { legalStandardFor, type LegalStandard } from '../../domain/screenings/legal-standard.ts';
import { latestDetermination, type Screening } from '../../domain/screenings/screening.ts';
import { presentHarmReport } from '../harm/harm-report.presenter.ts';
import type { CaseFile, CaseFileScreening } from './case-file.service.ts';

/** The wire form of a person. */
export const presentPerson = (person: Person) => ({
  id: person.id,
  aNumber: person.aNumber,
  aNumberFormatted: formatANumber(person.aNumber),
  familyName: person.familyName,
  givenName: person.givenName,
  nationality: person.nationality,
  birthDate: person.birthDate,
  sex: person.sex,
  isSynthetic: person.isSynthetic,
});

function presentMpp(mpp: MppStatus) {
  switch (mpp.state) {
    case 'not_applicable':
    case 'pending':
      return { state: mpp.state };
    case 'enrolled':
      return {
        state: mpp.state,
        term: mpp.term,
        at: mpp.at,
        ntaServedAt: mpp.ntaServedAt,
        firstHearingDate: mpp.firstHearingDate,
        hearingLocation: mpp.hearingLocation,
        noticeAddress: mpp.noticeAddress,
      };
    case 'exempt':
      return {
        state: mpp.state,
        term: mpp.term,
        at: mpp.at,
        reason: mpp.reason,
        reasonLabel: mppExemptionLabel(mpp.reason),
        note: mpp.note,
      };
    case 'not_amenable':
      return { state: mpp.state, term: mpp.term, at: mpp.at, screeningId: mpp.screeningId };
  }
}

/** The wire form of a case (its own record, without the records beside it). */
export const presentCase = (record: CaseRecord) => ({
  id: record.id,
  personId: record.personId,
  office: record.office,
  track: record.track,
  status: record.status,
  isSynthetic: record.isSynthetic,
  encounter: { ...record.encounter },
  vulnerabilities: [...record.vulnerabilities],
  mpp: presentMpp(record.mpp),
  returns: record.returns.map((r) => ({ ...r })),
  fearClaims: record.fearClaims.map((f) => ({ ...f })),
});

const presentDeadline = (d: Deadline) => ({ ...d });

/** The standard a screening is (or will be) decided under, when the law fixes one. */
function standardOf(s: Screening): LegalStandard | null {
  const decided = latestDetermination(s);
  if (decided) return decided.standard;
  const fixed = legalStandardFor(s.kind, s.interview?.at ?? s.interviewAt ?? s.referredAt);
  return fixed.ok ? fixed.value : null;
}

/** A screening in summary, as this viewer may see it. */
export function presentScreeningSummary(entry: Omit<CaseFileScreening, 'allowedActions'>, viewer: Actor) {
  const { screening: s } = entry;
  return {
    id: s.id,
    kind: s.kind,
    status: s.status,
    office: s.office,
    standard: standardOf(s),
    referredAt: s.referredAt,
    interviewAt: s.interview?.at ?? s.interviewAt,
    officer: s.officerId === null ? null : { id: s.officerId, name: entry.officerName },
    result: latestDetermination(s)?.result ?? null,
    servedAt: s.servedAt,
    deadlines: entry.deadlines.map(presentDeadline),
    declines: entry.declines.map((d) => {
      const mayKnow = mayKnowObjectionReason(viewer, { officerId: d.officerId, screeningOffice: s.office });
      return {
        officer: { id: d.officerId, name: d.officerName },
        at: d.at,
        reason: mayKnow ? d.reason : null,
        isReasonWithheld: !mayKnow,
      };
    }),
  };
}

/** A screening just referred (no officer, no decline yet), as its referrer sees it. */
export const presentReferredScreening = (screening: Screening, viewer: Actor, now: string) =>
  presentScreeningSummary(
    { screening, officerName: null, deadlines: screeningDeadlines(screening, now), declines: [] },
    viewer,
  );

/** A proceeding in summary. */
export function presentProceedingSummary(p: Proceeding, now: string) {
  const upcoming = p.hearings
    .map((h) => h.at)
    .filter((at) => at >= now)
    .sort();
  return {
    id: p.id,
    kind: p.kind,
    origin: p.origin,
    court: p.court,
    status: p.status,
    openedAt: p.openedAt,
    completedAt: p.completedAt,
    outcome: p.outcome === null ? null : { ...p.outcome },
    isRepresented: p.isRepresented,
    hearingCount: p.hearings.length,
    nextHearingAt: upcoming[0] ?? null,
  };
}

/** The case file as this viewer may see it. */
export function presentCaseFile(file: CaseFile, viewer: Actor, now: string) {
  return {
    person: presentPerson(file.person),
    case: presentCase(file.record),
    deadlines: file.deadlines.map(presentDeadline),
    screenings: file.screenings.map((entry) => ({
      ...presentScreeningSummary(entry, viewer),
      allowedActions: entry.allowedActions,
    })),
    proceedings: file.proceedings.map((p) => presentProceedingSummary(p, now)),
    harmReports: file.harmReports.map(presentHarmReport),
    openFlags: file.openFlags.map(({ flag, allowedActions }) => ({
      id: flag.id,
      kind: flag.kind,
      subjectId: flag.subjectId,
      reason: flag.reason,
      raisedAt: flag.raisedAt,
      allowedActions,
    })),
    allowedActions: file.allowedActions,
  };
}

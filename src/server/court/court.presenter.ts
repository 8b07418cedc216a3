// What the court routes send: proceedings, hearing notices, calendar entries and IJ reviews, field by field (never a
// stored row or document as it is).
import type { HearingNotice } from '../../domain/court/hearing-notice.ts';
import type { Hearing, Proceeding } from '../../domain/court/proceeding.ts';
import type { Screening } from '../../domain/screenings/screening.ts';
import type { HearingsTable } from '../db/schema.ts';
import type { CalendarRow } from './hearing.repository.ts';

/** A hearing. */
export const presentHearing = (h: Hearing) => ({
  id: h.id,
  at: h.at,
  calendar: h.calendar,
  medium: h.medium,
  location: h.location,
  attendance: h.attendance,
  adjournmentReason: h.adjournmentReason,
});

/** A hearing row (the calendar's copy) in the same shape. */
export const presentHearingRow = (h: HearingsTable) =>
  presentHearing({
    id: h.id,
    at: h.at,
    calendar: h.calendar as Hearing['calendar'],
    medium: h.medium as Hearing['medium'],
    location: h.location,
    attendance: h.attendance as Hearing['attendance'],
    adjournmentReason: null,
  });

/** A proceeding with its hearings, applications and outcome. */
export const presentProceeding = (p: Proceeding) => ({
  id: p.id,
  caseId: p.caseId,
  kind: p.kind,
  origin: p.origin,
  court: p.court,
  openedAt: p.openedAt,
  status: p.status,
  hearings: p.hearings.map(presentHearing),
  applications: p.applications.map((a) => ({
    id: a.id,
    kind: a.kind,
    filedAt: a.filedAt,
    decision: a.decision,
    decidedAt: a.decidedAt,
  })),
  outcome: p.outcome,
  completedAt: p.completedAt,
  isRepresented: p.isRepresented,
});

/** A served notice with the hearing it announces. */
export const presentHearingNotice = ({
  notice,
  hearing,
}: {
  notice: HearingNotice;
  hearing: Hearing | null;
}) => ({
  id: notice.id,
  caseId: notice.caseId,
  proceedingId: notice.proceedingId,
  hearingId: notice.hearingId,
  court: notice.court,
  method: notice.method,
  address: notice.address,
  servedAt: notice.servedAt,
  hearing: hearing && presentHearing(hearing),
});

/** A hearing on the court calendar, with the person it concerns. */
export const presentCalendarEntry = ({ hearing: h, person }: CalendarRow) => ({
  hearingId: h.id,
  proceedingId: h.proceeding_id,
  caseId: h.case_id,
  at: h.at,
  calendar: h.calendar,
  medium: h.medium,
  location: h.location,
  attendance: h.attendance,
  person: { aNumber: person.aNumber, familyName: person.familyName, givenName: person.givenName },
});

/** A screening's IJ review (the court sees the review, not the whole screening, in this answer). */
export const presentIjReview = (s: Screening) => ({
  screeningId: s.id,
  caseId: s.caseId,
  kind: s.kind,
  status: s.status,
  court: s.ijReview.court ?? null,
  requestedAt: s.ijReview.requestedAt,
  decision: s.ijReview.decision,
  decidedAt: s.ijReview.decidedAt,
});

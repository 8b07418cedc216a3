// What counsel's routes send: notices of appearance (counsel's own view, the reviewer's view), clients and filings,
// field by field. Counsel's own view never names a case before the notice is accepted: a pending notice looks the
// same whether or not its A-number has a case.
import type { AppearanceNotice } from '../../domain/representation/appearance-notice.ts';
import type { AttachedDocument } from '../../domain/representation/attachment.ts';
import type { Filing } from '../../domain/representation/filing.ts';
import type { PendingNotice } from './appearance.repository.ts';
import type { ClientCase } from './counsel-clients.service.ts';

const documentInfo = (d: AttachedDocument) => ({
  sha256: d.sha256,
  mediaType: d.mediaType,
  sizeBytes: d.sizeBytes,
});

/** A notice as the counsel who filed it sees it. */
export const presentOwnNotice = (n: AppearanceNotice) => ({
  id: n.id,
  form: n.form,
  aNumber: n.aNumber,
  status: n.status,
  filedAt: n.filedAt,
  consent: documentInfo(n.consent),
  review: n.review && { at: n.review.at, reason: n.review.reason },
  caseId: n.status === 'accepted' && n.endedAt === null ? n.caseId : null,
  endedAt: n.endedAt,
});

/** A pending notice as its reviewer sees it. */
export const presentPendingNotice = ({ notice: n, counselName }: PendingNotice) => ({
  id: n.id,
  form: n.form,
  aNumber: n.aNumber,
  caseId: n.caseId ?? '',
  counsel: { id: n.counselId, name: counselName },
  filedAt: n.filedAt,
  consent: documentInfo(n.consent),
});

/** A notice the reviewer has just answered. */
export const presentReviewedNotice = (n: AppearanceNotice) => ({
  id: n.id,
  form: n.form,
  caseId: n.caseId ?? '',
  status: n.status,
  review: { at: n.review?.at ?? '', reason: n.review?.reason ?? null },
  representationId: n.representationId,
});

/** One of counsel's clients, with the next hearing. */
export const presentClient = (c: ClientCase) => ({
  caseId: c.caseId,
  status: c.status,
  track: c.track,
  openedAt: c.openedAt,
  person: { aNumber: c.person.aNumber, familyName: c.person.familyName, givenName: c.person.givenName },
  nextHearing: c.nextHearing && {
    at: c.nextHearing.at,
    calendar: c.nextHearing.calendar,
    medium: c.nextHearing.medium,
    location: c.nextHearing.location,
    court: c.nextHearing.court,
  },
});

/** A filing. */
export const presentFiling = (f: Filing) => ({
  id: f.id,
  caseId: f.caseId,
  counselId: f.counselId,
  kind: f.kind,
  title: f.title,
  filedAt: f.filedAt,
  document: documentInfo(f.document),
});

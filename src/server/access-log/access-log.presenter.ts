// An access-log entry as the API shows it.
import type { AccessLogRow } from './access-log.service.ts';

/** The entry, its user named. */
export const presentAccessLogEntry = (row: AccessLogRow) => ({
  id: String(row.id),
  at: row.at,
  user: { id: row.userId, name: row.userName },
  action: row.action,
  subject: row.subject,
  caseId: row.caseId,
  subjectId: row.subjectId ?? null,
  basis: row.basis,
  purpose: row.purpose,
});

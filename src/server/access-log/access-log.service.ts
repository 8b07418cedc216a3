// Reading the access log: supervisors the entries of their own office's users, administrators all of them. Reading
// the log is itself a logged read. Supervisors never see reads of policy dissents: the dissent channel bypasses
// them, and even a reviewer's read of a dissent is not the office's business.
import { fail, ok, type Result } from '../../domain/errors.ts';
import { appendAccessLog, findAccessLog, type AccessLogEntry } from '../access/access-log.repository.ts';
import type { AppContext } from '../app-context.ts';
import { decodeCursor, pageOf } from '../paging/keyset-cursor.ts';
import { getActorRow } from '../users/user.repository.ts';

/** An entry as the log shows it. */
export type AccessLogRow = AccessLogEntry & { id: number; userName: string };

/** What the reader narrows the log to. */
export interface AccessLogQuery {
  caseId?: string;
  userId?: string;
  action?: AccessLogEntry['action'];
  limit: number;
  cursor?: string;
}

/** Subjects whose reads a supervisor never sees in the log. */
const HIDDEN_FROM_SUPERVISORS = ['dissent'];

/** A page of the log, newest first, as this reader may see it; the read is logged before it is returned. */
export async function readAccessLog(
  app: AppContext,
  actorId: string,
  query: AccessLogQuery,
  purpose: string,
): Promise<Result<{ items: AccessLogRow[]; nextCursor: string | null }>> {
  const actor = await getActorRow(app.database.db, actorId);
  const isAdmin = actor?.role === 'admin';
  const isSupervisor = actor?.role === 'supervisor' && actor.office !== null;
  if (!actor || actor.disabled_at !== null || (!isAdmin && !isSupervisor))
    return fail('FORBIDDEN', 'Only supervisors (their office) and administrators may read the access log.');
  const before = decodeCursor(query.cursor, ['number'] as const);
  const rows = await findAccessLog(app.database.db, {
    office: isAdmin ? undefined : (actor.office ?? undefined),
    excludeSubjects: isAdmin ? [] : HIDDEN_FROM_SUPERVISORS,
    caseId: query.caseId,
    userId: query.userId,
    action: query.action,
    before: before?.[0],
    limit: query.limit + 1,
  });
  await appendAccessLog(app.database.db, {
    userId: actorId,
    caseId: query.caseId ?? null,
    action: 'read',
    subject: 'access-log',
    purpose,
    basis: isAdmin ? 'administrator' : 'office-supervisor',
    at: app.now(),
  });
  return ok(pageOf(rows, query.limit, (last) => [last.id]));
}

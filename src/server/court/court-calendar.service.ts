// The court calendar: the hearings before the caller's court between two dates, by time, a page at a time. Each
// hearing shown discloses its case, so the page is written to the access log.
import type { Actor } from '../../domain/actor.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { addDays, isCalendarDate } from '../../domain/time.ts';
import { logCasesShown } from '../access-log/cases-shown.ts';
import type { AppContext } from '../app-context.ts';
import { decodeCursor, pageOf, type Page } from '../db/keyset-cursor.ts';
import { findCourtCalendar, type CalendarRow } from './hearing.repository.ts';

/** Which part of the calendar to read. `from` and `to` are calendar dates, both included. */
export interface CalendarQuery {
  from: string;
  to: string;
  limit: number;
  cursor?: string;
  purpose: string;
}

/** A page of the caller's court calendar. */
export async function readCourtCalendar(
  app: AppContext,
  viewer: Actor,
  query: CalendarQuery,
): Promise<Result<Page<CalendarRow>>> {
  if (viewer.role !== 'court' || viewer.office === null)
    return fail('FORBIDDEN', 'Only a judge or clerk of a court has a court calendar.');
  for (const field of ['from', 'to'] as const)
    if (!isCalendarDate(query[field]))
      return fail('VALIDATION_FAILED', `${field} must be a calendar date like 2019-07-01.`, { field });
  if (query.to < query.from)
    return fail('VALIDATION_FAILED', '`to` is before `from`; give the earlier date first.', { field: 'to' });
  const after = decodeCursor(query.cursor, 2);
  if (!after.ok) return after;
  const rows = await findCourtCalendar(app.database.db, {
    court: viewer.office,
    from: `${query.from}T00:00:00.000Z`,
    to: addDays(`${query.to}T00:00:00.000Z`, 1),
    after: after.value && { at: after.value[0]!, id: after.value[1]! },
    limit: query.limit + 1,
  });
  const page = pageOf(
    rows,
    query.limit,
    (r) => [r.hearing.at, r.hearing.id],
    (r) => r,
  );
  const at = app.now();
  await logCasesShown(
    app.database.db,
    page.items.map((r) => r.hearing.case_id),
    { userId: viewer.id, subject: 'court-calendar', purpose: query.purpose, basis: 'court-of-record', at },
  );
  return ok(page);
}

// Searching cases by A-number, name, status, office, track and deadline, within what the caller may see. Every case
// a page shows is written to the access log with the stated purpose and the basis the caller's view rests on; a
// search that shows nothing is logged too. An A-number the caller has no basis for finds nothing, exactly as an
// unknown one: the scope is part of the query, never a filter applied after it.
import { parseANumber } from '../../domain/a-number.ts';
import type { AccessBasis } from '../../domain/access/need-to-know.ts';
import type { Actor } from '../../domain/actor.ts';
import { nameSearchWords } from '../../domain/cases/person-name-key.ts';
import { DUE_SOON_HOURS } from '../../domain/deadlines/deadlines.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { addHours } from '../../domain/time.ts';
import { appendAccessLogMany, type AccessLogEntry } from '../access/access-log.repository.ts';
import type { AppContext } from '../app-context.ts';
import { findVisibleCases, type CaseSearchFilter, type CaseSearchRow } from './case-search.repository.ts';

/** A search as the route passes it (already checked field by field). */
export interface CaseSearchQuery {
  aNumber?: string;
  name?: string;
  status?: string;
  office?: string;
  track?: string;
  deadline?: 'overdue' | 'due_soon';
  purpose: string;
  limit?: number;
  cursor?: string;
}

/** One page of cases, and the cursor of the next (null on the last page). */
export interface CaseSearchPage {
  items: CaseSearchRow[];
  nextCursor: string | null;
  /** The instant the page was computed at (deadline states are relative to it). */
  now: string;
}

const CASE_STATUSES = ['open', 'closed'];

/** The basis on which a caller of this role sees a case their list scope holds (need-to-know.ts, caseBasis). */
export function listBasis(actor: Actor, row: Pick<CaseSearchRow, 'isAssignedToCaller'>): AccessBasis {
  switch (actor.role) {
    case 'intake':
      return 'office-intake';
    case 'officer':
      return row.isAssignedToCaller ? 'assigned-officer' : 'office-unassigned-queue';
    case 'supervisor':
      return 'office-supervisor';
    case 'court':
      return 'court-of-record';
    case 'counsel':
      return 'counsel-of-record';
    case 'analyst':
    case 'admin':
    case 'system':
      // Their scope holds no case; reaching this is a bug, and failing is safer than logging a basis that is not one.
      throw new Error(`a ${actor.role} list held a case`);
  }
}

const encodeCursor = (row: CaseSearchRow): string =>
  Buffer.from(JSON.stringify([row.openedAt, row.id])).toString('base64url');

function decodeCursor(cursor: string): Result<{ openedAt: string; id: string }> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return ok({ openedAt: value[0] as string, id: value[1] as string });
  } catch {
    // Not base64 JSON: answered below like any other cursor this server did not give.
  }
  const message =
    'This cursor is not one this server gave; start again from the first page (leave cursor out).';
  return fail('VALIDATION_FAILED', `The request query is not valid (cursor: ${message})`, {
    issues: [{ in: 'query', field: 'cursor', message }],
  });
}

/** Searches the cases the viewer may see, newest first, and logs each case shown. */
export async function searchCases(
  app: AppContext,
  viewer: Actor,
  query: CaseSearchQuery,
): Promise<Result<CaseSearchPage>> {
  const now = new Date(app.now()).toISOString();
  const limit = query.limit ?? 50;
  const filter: CaseSearchFilter = { limit: limit + 1 };
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    if (!after.ok) return after;
    filter.after = after.value;
  }
  if (query.aNumber !== undefined) {
    const aNumber = parseANumber(query.aNumber);
    if (!aNumber.ok) return fail('VALIDATION_FAILED', aNumber.error.message, { field: 'aNumber' });
    filter.aNumber = aNumber.value;
  }
  if (query.name !== undefined) filter.nameWords = nameSearchWords(query.name);
  if (query.status !== undefined) {
    if (CASE_STATUSES.includes(query.status)) filter.caseStatus = query.status;
    else filter.screeningStatus = query.status;
  }
  if (query.office !== undefined) filter.office = query.office;
  if (query.track !== undefined) filter.track = query.track;
  if (query.deadline !== undefined)
    filter.deadline = { state: query.deadline, now, soonUntil: addHours(now, DUE_SOON_HOURS) };

  const rows = await findVisibleCases(app.database.db, viewer, filter);
  const items = rows.slice(0, limit);
  const entries: AccessLogEntry[] = items.map((row) => ({
    userId: viewer.id,
    caseId: row.id,
    action: 'search',
    subject: 'case',
    purpose: query.purpose,
    basis: listBasis(viewer, row),
    at: now,
  }));
  // A search that shows nothing is still a search: its trace has no case and no basis.
  if (entries.length === 0)
    entries.push({
      userId: viewer.id,
      caseId: null,
      action: 'search',
      subject: 'search',
      purpose: query.purpose,
      basis: 'none',
      at: now,
    });
  await appendAccessLogMany(app.database.db, entries);
  const last = items.at(-1);
  return ok({ items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null, now });
}

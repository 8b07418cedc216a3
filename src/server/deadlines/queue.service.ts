// The queues: an office's screenings by bucket (unassigned, assigned, awaiting review, due soon, overdue) for its
// supervisors, and an officer's own assignments; each item with its deadlines as they stand now and its case's open
// flags. Every case a page shows is written to the access log.
import type { AccessBasis } from '../../domain/access/need-to-know.ts';
import type { Actor } from '../../domain/actor.ts';
import { DUE_SOON_HOURS, screeningDeadlines, type Deadline } from '../../domain/deadlines/deadlines.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { BEFORE_DECISION } from '../../domain/screenings/screening-guards.ts';
import { UNSERVED_SCREENING_STATUSES, type Screening } from '../../domain/screenings/screening.ts';
import { addHours } from '../../domain/time.ts';
import { logCasesShown } from '../access-log/cases-shown.ts';
import type { AppContext } from '../app-context.ts';
import { decodeCursor, pageOf, type Page } from '../db/keyset-cursor.ts';
import { countOpenFlagsByCase } from '../flags/flag.repository.ts';
import {
  findQueuePage,
  queueKeyOf,
  type QueueKey,
  type QueuePageFilter,
} from '../screenings/screening.repository.ts';

/** Statuses in which a screening can still have a time limit to meet (IJ review included). */
export const OPEN_STATUSES = [
  'referred',
  'scheduled',
  'interviewed',
  'decided',
  'approved',
  'served',
  'ij_review_requested',
];

/** The buckets of an office's queue. */
export const QUEUE_BUCKETS = ['unassigned', 'assigned', 'awaiting_review', 'due_soon', 'overdue'] as const;
export type QueueBucket = (typeof QUEUE_BUCKETS)[number];

/** How pressing a queue item is: a time limit passed, one falling within the due-soon window, or neither. */
export type Urgency = 'overdue' | 'due_soon' | 'none';

/** A screening in a queue page: its deadlines now, how pressing it is, and how many open flags its case has. */
export interface QueueItem {
  screening: Screening;
  officerName: string | null;
  deadlines: Deadline[];
  urgency: Urgency;
  openFlags: number;
}

/** Which page of a queue to read, and why (logged with each case shown). */
export interface QueuePageQuery {
  limit: number;
  cursor?: string;
  purpose: string;
}

/** The worst state among a screening's time limits still to be met. */
export function urgencyOf(deadlines: readonly Deadline[]): Urgency {
  const pending = deadlines.filter((d) => d.direction === 'latest' && d.metAt === null);
  if (pending.some((d) => d.state === 'overdue')) return 'overdue';
  return pending.some((d) => d.state === 'due_soon') ? 'due_soon' : 'none';
}

// The rows of a bucket at `now` (canonical ISO): the states it covers, or the window its next time limit falls in.
function bucketFilter(bucket: QueueBucket, office: string, now: string): Omit<QueuePageFilter, 'limit'> {
  switch (bucket) {
    case 'unassigned':
      return { office, officerId: null, statuses: BEFORE_DECISION };
    case 'assigned':
      return { office, isAssigned: true, statuses: BEFORE_DECISION };
    case 'awaiting_review':
      return { office, statuses: ['decided'] };
    case 'due_soon':
      return { office, statuses: OPEN_STATUSES, dueFrom: now, dueThrough: addHours(now, DUE_SOON_HOURS) };
    case 'overdue':
      return { office, statuses: OPEN_STATUSES, dueBefore: now };
  }
}

// Reads one page of a queue, adds deadlines and flag counts, and logs each case shown under the viewer's basis.
async function readQueuePage(
  app: AppContext,
  viewer: Actor,
  filter: Omit<QueuePageFilter, 'limit' | 'after'>,
  query: QueuePageQuery,
  basis: AccessBasis,
  now: string,
): Promise<Result<Page<QueueItem>>> {
  const after = decodeCursor(query.cursor, 3);
  if (!after.ok) return after;
  const db = app.database.db;
  const rows = await findQueuePage(db, {
    ...filter,
    after: after.value as QueueKey | undefined,
    limit: query.limit + 1,
  });
  const shown = rows.slice(0, query.limit);
  const flags = await countOpenFlagsByCase(
    db,
    shown.map((r) => r.screening.caseId),
  );
  const page = pageOf(
    rows,
    query.limit,
    (r) => queueKeyOf(r.screening, r.dueAt),
    (r): QueueItem => {
      const deadlines = screeningDeadlines(r.screening, now);
      return {
        screening: r.screening,
        officerName: r.officerName,
        deadlines,
        urgency: urgencyOf(deadlines),
        openFlags: flags.get(r.screening.caseId) ?? 0,
      };
    },
  );
  await logCasesShown(
    db,
    page.items.map((i) => i.screening.caseId),
    { userId: viewer.id, subject: 'queue', purpose: query.purpose, basis, at: now },
  );
  return ok(page);
}

/** A page of one bucket of the supervisor's own office's queue, soonest due first. */
export async function getOfficeQueue(
  app: AppContext,
  viewer: Actor,
  query: QueuePageQuery & { bucket: QueueBucket },
): Promise<Result<Page<QueueItem>>> {
  if (viewer.role !== 'supervisor' || viewer.office === null)
    return fail('FORBIDDEN', 'Only a supervisor sees an office\u2019s queues.');
  const now = new Date(app.now()).toISOString();
  return readQueuePage(
    app,
    viewer,
    bucketFilter(query.bucket, viewer.office, now),
    query,
    'office-supervisor',
    now,
  );
}

/** A page of the officer's own queue: the screenings assigned to them short of service, soonest due first. */
export async function getMyQueue(
  app: AppContext,
  viewer: Actor,
  query: QueuePageQuery,
): Promise<Result<Page<QueueItem>>> {
  if (viewer.role !== 'officer') return fail('FORBIDDEN', 'Only an asylum officer has a queue of their own.');
  const now = new Date(app.now()).toISOString();
  return readQueuePage(
    app,
    viewer,
    { officerId: viewer.id, statuses: UNSERVED_SCREENING_STATUSES },
    query,
    'assigned-officer',
    now,
  );
}

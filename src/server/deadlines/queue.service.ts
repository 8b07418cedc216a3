// The supervisor's queues: unassigned screenings, deadlines overdue and due soon, open flags — for one office.
import { DUE_SOON_HOURS, screeningDeadlines, type Deadline } from '../../domain/deadlines/deadlines.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { Screening } from '../../domain/screenings/screening.ts';
import { addHours } from '../../domain/time.ts';
import type { AppContext } from '../app-context.ts';
import type { ConsistencyFlag } from '../../domain/flags/flag.transitions.ts';
import { findOpenFlags } from '../flags/flag.repository.ts';
import { findScreeningQueue } from '../screenings/screening.repository.ts';
import { getActorRow } from '../users/user.repository.ts';

/** A screening in a queue, with its deadlines as they stand now. */
export interface QueuedScreening {
  screening: Screening;
  deadlines: Deadline[];
}

export interface SupervisorQueues {
  office: string;
  unassigned: QueuedScreening[];
  overdue: QueuedScreening[];
  dueSoon: QueuedScreening[];
  openFlags: ConsistencyFlag[];
}

const OPEN_STATUSES = [
  'referred',
  'scheduled',
  'interviewed',
  'decided',
  'approved',
  'served',
  'ij_review_requested',
];

/** The queues of the supervisor's own office (every screening with a next time limit sits in `due_at`). */
export async function getSupervisorQueues(
  app: AppContext,
  actorId: string,
): Promise<Result<SupervisorQueues>> {
  const actor = await getActorRow(app.database.db, actorId);
  if (actor?.role !== 'supervisor' || !actor.office)
    return fail('FORBIDDEN', 'Only a supervisor sees an office\u2019s queues.');
  const now = app.now();
  const office = actor.office;
  const withDeadlines = (list: Screening[]): QueuedScreening[] =>
    list.map((screening) => ({ screening, deadlines: screeningDeadlines(screening, now) }));
  const dueSoonLimit = addHours(now, DUE_SOON_HOURS);
  const [unassigned, due, openFlags] = await Promise.all([
    findScreeningQueue(app.database.db, {
      office,
      officerId: null,
      statuses: ['referred', 'scheduled', 'interviewed'],
    }),
    findScreeningQueue(app.database.db, { office, statuses: OPEN_STATUSES, dueBefore: dueSoonLimit }),
    findOpenFlags(app.database.db, office),
  ]);
  const dueList = withDeadlines(due);
  const isOverdue = (q: QueuedScreening) =>
    q.deadlines.some((d) => d.state === 'overdue' && d.metAt === null);
  return ok({
    office,
    unassigned: withDeadlines(unassigned),
    overdue: dueList.filter(isOverdue),
    dueSoon: dueList.filter((q) => !isOverdue(q)),
    openFlags,
  });
}

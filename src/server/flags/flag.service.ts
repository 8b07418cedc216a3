// Consistency flags on the service path: the check a change calls for, a supervisor clearing a flag, and the office's
// open flags with the record that raised each.
import type { Actor, CommandContext } from '../../domain/actor.ts';
import type { CaseRecord, ReturnToMexico } from '../../domain/cases/case.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import * as t from '../../domain/flags/flag.transitions.ts';
import type { Screening } from '../../domain/screenings/screening.ts';
import { logCasesShown } from '../access-log/cases-shown.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { decodeCursor, pageOf, type Page } from '../db/keyset-cursor.ts';
import type { Transaction } from '../db/transaction.ts';
import { findHarmReportsOfCase } from '../harm/harm-report.repository.ts';
import { findScreeningsByIds, findScreeningsOfCase } from '../screenings/screening.repository.ts';
import {
  findFlag,
  findFlagsOfCase,
  findOpenFlagsPage,
  insertFlags,
  updateFlagCleared,
} from './flag.repository.ts';

/** When the command's events call for it, stores the flags the case now calls for that were never raised before,
 * and returns their `flag.raised` events (none otherwise). `record` is the case as the command left it. */
export async function checkFlags(
  app: AppContext,
  trx: Transaction,
  ctx: CommandContext,
  record: CaseRecord,
  events: readonly DomainEvent[],
): Promise<DomainEvent[]> {
  if (!t.callsForFlagCheck(events)) return [];
  const [screenings, harmReports, existing] = await Promise.all([
    findScreeningsOfCase(trx, record.id),
    findHarmReportsOfCase(trx, record.id),
    findFlagsOfCase(trx, record.id),
  ]);
  const raised = t.raiseNewFlags({
    record,
    screenings,
    harmReports,
    existing,
    newId: app.newId,
    at: ctx.now,
  });
  await insertFlags(trx, raised.flags);
  return raised.events;
}

/** A supervisor clears an open flag, recording the decision (what was checked, what was done). */
export async function clearFlag(
  app: AppContext,
  actorId: string,
  flagId: string,
  decision: string,
): Promise<Result<t.ConsistencyFlag>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const flag = await findFlag(trx, flagId);
    if (!flag) accept(fail('NOT_FOUND', 'No such flag.', { flagId }));
    const cleared = accept(t.clearFlag(flag!, decision, ctx));
    await updateFlagCleared(trx, cleared.flag);
    return { value: cleared.flag, events: cleared.events };
  });
}

/** The record a flag is about: a screening, a return to Mexico, or the case itself. */
export type FlaggedRecord =
  | { type: 'screening'; screening: Screening }
  | { type: 'return'; caseId: string; entry: ReturnToMexico }
  | { type: 'case'; record: CaseRecord };

/** An open flag and the record that raised it. */
export interface FlagWithRecord {
  flag: t.ConsistencyFlag;
  subject: FlaggedRecord;
}

// Screening flags name the screening, return flags a return of the case, the others the case.
function subjectOf(
  flag: t.ConsistencyFlag,
  record: CaseRecord,
  screenings: Map<string, Screening>,
): FlaggedRecord {
  const screening = screenings.get(flag.subjectId);
  if (screening) return { type: 'screening', screening };
  const entry = record.returns.find((r) => r.id === flag.subjectId);
  if (entry) return { type: 'return', caseId: record.id, entry };
  return { type: 'case', record };
}

/** A page of the open flags on the cases the supervisor's office holds, oldest first, each with its record; every case
 * shown is written to the access log. */
export async function listOfficeOpenFlags(
  app: AppContext,
  viewer: Actor,
  query: { limit: number; cursor?: string; purpose: string },
): Promise<Result<Page<FlagWithRecord>>> {
  if (viewer.role !== 'supervisor' || viewer.office === null)
    return fail('FORBIDDEN', 'Only a supervisor reads the office\u2019s open flags.');
  const after = decodeCursor(query.cursor, 2);
  if (!after.ok) return after;
  const db = app.database.db;
  const rows = await findOpenFlagsPage(db, {
    office: viewer.office,
    after: after.value as [string, string] | undefined,
    limit: query.limit + 1,
  });
  const screenings = new Map(
    (
      await findScreeningsByIds(
        db,
        rows.slice(0, query.limit).map((r) => r.flag.subjectId),
      )
    ).map((s) => [s.id, s]),
  );
  const page = pageOf(
    rows,
    query.limit,
    (r) => [r.flag.raisedAt, r.flag.id],
    (r): FlagWithRecord => ({ flag: r.flag, subject: subjectOf(r.flag, r.record, screenings) }),
  );
  const at = app.now();
  await logCasesShown(
    db,
    page.items.map((i) => i.flag.caseId),
    { userId: viewer.id, subject: 'flag', purpose: query.purpose, basis: 'office-supervisor', at },
  );
  return ok(page);
}

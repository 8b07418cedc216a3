// Consistency flags on the service path: the check a change calls for, and a supervisor clearing a flag.
import type { CommandContext } from '../../domain/actor.ts';
import type { CaseRecord } from '../../domain/cases/case.ts';
import { fail, type Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import * as t from '../../domain/flags/flag.transitions.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import type { Transaction } from '../db/transaction.ts';
import { findHarmReportsOfCase } from '../harm/harm-report.repository.ts';
import { findScreeningsOfCase } from '../screenings/screening.repository.ts';
import { findFlag, findFlagsOfCase, insertFlags, updateFlagCleared } from './flag.repository.ts';

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

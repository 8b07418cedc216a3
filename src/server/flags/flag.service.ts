// Raising consistency flags after a change, and clearing them by a supervisor's recorded decision.
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../domain/actor.ts';
import { fail, type Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import { computeFlags } from '../../domain/flags/consistency-flags.ts';
import { requireRole, requireText } from '../../domain/transition.ts';
import type { AppContext } from '../app-context.ts';
import { findCase } from '../cases/case.repository.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import type { Transaction } from '../db/transaction.ts';
import { findHarmReportsOfCase } from '../harm/harm-report.repository.ts';
import { findScreeningsOfCase } from '../screenings/screening.repository.ts';
import {
  clearFlag as clearStoredFlag,
  findFlag,
  findFlagsOfCase,
  insertFlag,
  type StoredFlag,
} from './flag.repository.ts';

/** Computes the case's flags from its record and stores (with a `flag.raised` event) each one not raised before. */
export async function raiseNewFlags(
  trx: Transaction,
  ctx: CommandContext,
  caseId: string,
): Promise<DomainEvent[]> {
  const loaded = await findCase(trx, caseId);
  if (!loaded) return [];
  const [screenings, harm, existing] = await Promise.all([
    findScreeningsOfCase(trx, caseId),
    findHarmReportsOfCase(trx, caseId),
    findFlagsOfCase(trx, caseId),
  ]);
  const seen = new Set(existing.map((f) => `${f.kind}\n${f.subjectId}`));
  const events: DomainEvent[] = [];
  for (const candidate of computeFlags(loaded.state, screenings, harm)) {
    if (seen.has(`${candidate.kind}\n${candidate.subjectId}`)) continue;
    const id = randomUUID();
    await insertFlag(trx, {
      id,
      caseId,
      kind: candidate.kind,
      subjectId: candidate.subjectId,
      reason: candidate.reason,
      raisedAt: ctx.now,
    });
    events.push({
      type: 'flag.raised',
      caseId,
      payload: { flagId: id, kind: candidate.kind, subjectId: candidate.subjectId, reason: candidate.reason },
    });
  }
  return events;
}

/** A supervisor clears an open flag, recording the decision (what was checked, what was done). */
export async function clearFlag(
  app: AppContext,
  actorId: string,
  flagId: string,
  decision: string,
): Promise<Result<StoredFlag>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    accept(requireRole(ctx, ['supervisor'], 'clear a consistency flag'));
    const text = accept(requireText('decision', decision, 'The supervisor\u2019s decision'));
    const flag = await findFlag(trx, flagId);
    if (!flag) accept(fail('NOT_FOUND', 'No such flag.', { flagId }));
    if (flag!.status !== 'open') accept(fail('INVALID_TRANSITION', 'This flag is already cleared.'));
    await clearStoredFlag(trx, flag!, ctx.actor.id, text, ctx.now);
    return {
      value: { ...flag!, status: 'cleared', clearedAt: ctx.now, clearedBy: ctx.actor.id, decision: text },
      events: [
        { type: 'flag.cleared', caseId: flag!.caseId, payload: { flagId, kind: flag!.kind, decision: text } },
      ],
    };
  });
}

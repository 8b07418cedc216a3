// The court side: proceedings, hearings and attendance, applications and decisions, outcomes, representation.
import type { CommandContext } from '../../domain/actor.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { Hearing, Proceeding, ProceedingOutcome } from '../../domain/court/proceeding.ts';
import * as t from '../../domain/court/proceeding.transitions.ts';
import {
  recordRepresentation as represent,
  type RepresentationForm,
} from '../../domain/court/representation.ts';
import type { Transition } from '../../domain/transition.ts';
import type { AppContext } from '../app-context.ts';
import { findCase, touchCase } from '../cases/case.repository.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import type { Transaction } from '../db/transaction.ts';
import { findUserById } from '../users/user.repository.ts';
import {
  findProceeding,
  findProceedingsOfCase,
  insertProceeding,
  updateProceeding,
} from './proceeding.repository.ts';
import { insertRepresentation } from './representation.repository.ts';

type Change = (p: Proceeding, trx: Transaction, ctx: CommandContext) => Transition<Proceeding>;

async function changeProceeding(
  app: AppContext,
  actorId: string,
  proceedingId: string,
  change: Change,
): Promise<Result<Proceeding>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const loaded = await findProceeding(trx, proceedingId);
    if (!loaded) accept(fail('NOT_FOUND', 'No such proceeding.', { proceedingId }));
    const next = accept(change(loaded!.state, trx, ctx));
    await updateProceeding(trx, next.state, loaded!.version, ctx.now);
    return { value: next.state, events: next.events };
  });
}

/** The proceedings of a case, oldest first (for readers the access policy already let in). */
export const listProceedings = (app: AppContext, caseId: string): Promise<Proceeding[]> =>
  findProceedingsOfCase(app.database.db, caseId);

/** A proceeding (for readers the access policy already let in). */
export async function getProceeding(app: AppContext, proceedingId: string): Promise<Result<Proceeding>> {
  const found = await findProceeding(app.database.db, proceedingId);
  return found ? ok(found.state) : fail('NOT_FOUND', 'No such proceeding.');
}

/** Opens a proceeding on a case, before the acting judge's own court unless another is named. */
export async function openProceeding(
  app: AppContext,
  actorId: string,
  input: {
    caseId: string;
    kind: 'removal' | 'withholding_only';
    origin: string;
    court?: string;
    openedAt: string;
    id?: string;
  },
): Promise<Result<Proceeding>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    if (!(await findCase(trx, input.caseId)))
      accept(fail('NOT_FOUND', 'No such case.', { caseId: input.caseId }));
    const court = input.court ?? ctx.actor.office ?? '';
    const opened = accept(t.openProceeding({ ...input, court, id: input.id ?? app.newId() }, ctx));
    await insertProceeding(trx, opened.state, ctx.now);
    return { value: opened.state, events: opened.events };
  });
}

/** Schedules a hearing (at the proceeding's court unless another location is named). */
export const scheduleHearing = (
  app: AppContext,
  actorId: string,
  proceedingId: string,
  input: Omit<Hearing, 'id' | 'attendance' | 'adjournmentReason' | 'location'> & { location?: string },
) =>
  changeProceeding(app, actorId, proceedingId, (p, _trx, ctx) =>
    t.scheduleHearing(p, { ...input, location: input.location ?? p.court, id: app.newId() }, ctx),
  );

/** Records attendance at a hearing. */
export const recordAttendance = (
  app: AppContext,
  actorId: string,
  proceedingId: string,
  input: { hearingId: string; attendance: 'attended' | 'missed'; adjournmentReason?: string | null },
) => changeProceeding(app, actorId, proceedingId, (p, _trx, ctx) => t.recordAttendance(p, input, ctx));

/** Files an application for relief. */
export const fileApplication = (
  app: AppContext,
  actorId: string,
  proceedingId: string,
  input: { kind: string; filedAt: string },
) =>
  changeProceeding(app, actorId, proceedingId, (p, _trx, ctx) =>
    t.fileApplication(p, { ...input, id: app.newId() }, ctx),
  );

/** Decides an application. */
export const decideApplication = (
  app: AppContext,
  actorId: string,
  proceedingId: string,
  input: { applicationId: string; decision: string; at: string },
) => changeProceeding(app, actorId, proceedingId, (p, _trx, ctx) => t.decideApplication(p, input, ctx));

/** Completes a proceeding with its outcome. */
export const completeProceeding = (
  app: AppContext,
  actorId: string,
  proceedingId: string,
  input: { outcome: ProceedingOutcome; at: string },
) => changeProceeding(app, actorId, proceedingId, (p, _trx, ctx) => t.completeProceeding(p, input, ctx));

/** Records that counsel represents the person (G-28 / EOIR-28): the basis of counsel's access to the case. */
export async function recordRepresentation(
  app: AppContext,
  actorId: string,
  input: { caseId: string; counselId: string; form: RepresentationForm; filedAt: string },
): Promise<Result<{ representationId: string }>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    if (!(await findCase(trx, input.caseId)))
      accept(fail('NOT_FOUND', 'No such case.', { caseId: input.caseId }));
    const counsel = await findUserById(trx, input.counselId);
    const { representation, events } = accept(
      represent({ ...input, id: app.newId(), counselRole: counsel?.role ?? 'none' }, ctx),
    );
    // Counsel's access to the case changed: the case's update time says so.
    await touchCase(trx, input.caseId, ctx.now);
    await insertRepresentation(trx, representation);
    return { value: { representationId: representation.id }, events };
  });
}

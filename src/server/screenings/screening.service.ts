// Screening commands: assignment and conscientious objection, interview, determination, review, service, IJ review.
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../domain/actor.ts';
import { markNotAmenable } from '../../domain/cases/case.transitions.ts';
import { fail, type Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import { latestDetermination, type Screening, type Testimony } from '../../domain/screenings/screening.ts';
import * as t from '../../domain/screenings/screening.transitions.ts';
import { requireRole, requireText, type Transition } from '../../domain/transition.ts';
import type { AppContext } from '../app-context.ts';
import { findCase, updateCase } from '../cases/case.repository.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import type { Transaction } from '../db/transaction.ts';
import { raiseNewFlags } from '../flags/flag.service.ts';
import {
  findDeclinedCategories,
  insertObjection,
  findObjection,
  withdrawObjection,
} from '../objections/objection.repository.ts';
import { getActorRow } from '../users/user.repository.ts';
import { findScreening, updateScreening } from './screening.repository.ts';
import { SCREENING_KINDS } from '../../domain/screenings/legal-standard.ts';

type Change = (
  s: Screening,
  trx: Transaction,
  ctx: CommandContext,
) => Promise<Transition<Screening>> | Transition<Screening>;

/** Loads a screening, applies a transition, stores it, and runs what the new state calls for on the case. */
async function changeScreening(
  app: AppContext,
  actorId: string,
  screeningId: string,
  change: Change,
): Promise<Result<Screening>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const loaded = await findScreening(trx, screeningId);
    if (!loaded) accept(fail('NOT_FOUND', 'No such screening.', { screeningId }));
    const next = accept(await change(loaded!.state, trx, ctx));
    await updateScreening(trx, next.state, loaded!.version, ctx.now);
    const events: DomainEvent[] = [...next.events, ...(await followOn(next.state, trx, ctx))];
    if (next.events.some((e) => e.type === 'screening.decided' || e.type === 'screening.served'))
      events.push(...(await raiseNewFlags(trx, ctx, next.state.caseId)));
    return { value: next.state, events };
  });
}

// A positive MPP determination, once served, takes the case out of MPP ("not amenable"; 2021: "disenrolled").
async function followOn(s: Screening, trx: Transaction, ctx: CommandContext): Promise<DomainEvent[]> {
  if (s.kind !== 'mpp_interview' || s.status !== 'served' || latestDetermination(s)?.result !== 'positive')
    return [];
  const loaded = await findCase(trx, s.caseId);
  if (!loaded || (loaded.state.mpp.state !== 'enrolled' && loaded.state.mpp.state !== 'pending')) return [];
  const next = accept(markNotAmenable(loaded.state, { screeningId: s.id, at: s.servedAt ?? ctx.now }));
  await updateCase(trx, next.state, loaded.version, ctx.now);
  return next.events;
}

/** A supervisor assigns the screening to an officer (never one who declined it or its category). */
export const assignScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  officerId: string,
): Promise<Result<Screening>> =>
  changeScreening(app, actorId, screeningId, async (s, trx, ctx) => {
    const officer = await getActorRow(trx, officerId);
    if (!officer || officer.disabled_at !== null)
      return fail('NOT_FOUND', 'No such active officer.', { officerId });
    if (ctx.actor.role === 'supervisor' && officer.office !== ctx.actor.office)
      return fail('FORBIDDEN', 'You can assign only officers of your own office.', { officerId });
    return t.assignScreening(
      s,
      {
        officerId,
        officerRole: officer.role,
        declinedCategories: await findDeclinedCategories(trx, officerId),
      },
      ctx,
    );
  });

/** The assigned officer declines on grounds of conscience; the screening returns to the supervisor's queue. */
export const declineScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  reason: string,
): Promise<Result<Screening>> =>
  changeScreening(app, actorId, screeningId, async (s, trx, ctx) => {
    const result = t.declineAssignment(s, { reason }, ctx);
    if (result.ok)
      await insertObjection(trx, {
        id: randomUUID(),
        officer_id: ctx.actor.id,
        category: null,
        screening_id: s.id,
        reason: reason.trim(),
        created_at: ctx.now,
        withdrawn_at: null,
      });
    return result;
  });

/** Schedules (or reschedules) the interview. */
export const scheduleInterview = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { interviewAt: string; consultationWaived?: boolean },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.scheduleInterview(s, input, ctx));

/** Records the interview and its testimony elements. */
export const recordInterview = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { at: string; testimony: Testimony },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.recordInterview(s, input, ctx));

/** Records the officer's signed determination under the screening's legal standard. */
export const decideScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { result: string; standard: string; reasoning: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.decideScreening(s, input, ctx));

/** A supervisor concurs with a determination or returns it for rework. */
export const reviewDetermination = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { outcome: string; note: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.reviewDetermination(s, input, ctx));

/** Serves the approved determination. */
export const serveDetermination = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { at: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.serveDetermination(s, input, ctx));

/** The person requests IJ review of a negative credible- or reasonable-fear determination before the named court. */
export const requestIjReview = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { at: string; court?: string | null },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.requestIjReview(s, input, ctx));

/** The person declines IJ review (or refuses to say, which counts as declining for reasonable fear). */
export const declineIjReview = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { at: string; refusedToIndicate: boolean; court?: string | null },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.declineIjReview(s, input, ctx));

/** The immigration judge affirms or vacates. */
export const recordIjDecision = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { decision: string; at: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.recordIjDecision(s, input, ctx));

/** A supervisor dissolves a withdrawn screening. */
export const dissolveScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { reason: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.dissolveScreening(s, input, ctx));

/** A supervisor reopens a negative for a new determination. */
export const reconsiderScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { reason: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => t.reconsiderScreening(s, input, ctx));

/** An officer declines a whole category of screenings (e.g. MPP interviews) on grounds of conscience. */
export async function declineCategory(
  app: AppContext,
  actorId: string,
  input: { category: string; reason: string },
): Promise<Result<{ objectionId: string }>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    accept(requireRole(ctx, ['officer'], 'decline a category of screenings'));
    if (!(SCREENING_KINDS as readonly string[]).includes(input.category))
      accept(
        fail(
          'VALIDATION_FAILED',
          `Unknown category "${input.category}"; use one of: ${SCREENING_KINDS.join(', ')}.`,
          { field: 'category' },
        ),
      );
    const reason = accept(requireText('reason', input.reason, 'A reason'));
    const id = randomUUID();
    await insertObjection(trx, {
      id,
      officer_id: ctx.actor.id,
      category: input.category,
      screening_id: null,
      reason,
      created_at: ctx.now,
      withdrawn_at: null,
    });
    return {
      value: { objectionId: id },
      events: [
        {
          type: 'objection.recorded',
          caseId: null,
          payload: {
            objectionId: id,
            officerId: ctx.actor.id,
            category: input.category,
            screeningId: null,
            reason,
          },
        },
      ],
    };
  });
}

/** An officer withdraws a standing objection of their own. */
export async function withdrawCategoryObjection(
  app: AppContext,
  actorId: string,
  objectionId: string,
): Promise<Result<true>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const objection = await findObjection(trx, objectionId);
    if (!objection || objection.officer_id !== ctx.actor.id)
      accept(fail('NOT_FOUND', 'No such objection of yours.', { objectionId }));
    if (objection!.withdrawn_at !== null)
      accept(fail('INVALID_TRANSITION', 'This objection is already withdrawn.'));
    await withdrawObjection(trx, objectionId, ctx.now);
    return {
      value: true as const,
      events: [
        { type: 'objection.withdrawn', caseId: null, payload: { objectionId, officerId: ctx.actor.id } },
      ],
    };
  });
}

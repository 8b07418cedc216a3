// Screening commands: assignment and conscientious decline, interview, determination, review, service, IJ review.
// Each loads the screening, applies its transition, stores it, and runs what the new state calls for on the case.
import type { CommandContext } from '../../domain/actor.ts';
import { caseAfterScreening, changesItsCase } from '../../domain/cases/screening-outcome.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import { callsForFlagCheck } from '../../domain/flags/flag.transitions.ts';
import {
  assignScreening as assign,
  declineAssignment,
} from '../../domain/screenings/assignment.transitions.ts';
import * as determination from '../../domain/screenings/determination.transitions.ts';
import * as interview from '../../domain/screenings/interview.transitions.ts';
import { dissolveScreening as dissolve } from '../../domain/screenings/referral.transitions.ts';
import type { Screening, Testimony } from '../../domain/screenings/screening.ts';
import * as service from '../../domain/screenings/service-and-ij-review.transitions.ts';
import type { Transition } from '../../domain/transition.ts';
import type { AppContext } from '../app-context.ts';
import { findCase, updateCase } from '../cases/case.repository.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import type { Transaction } from '../db/transaction.ts';
import { checkFlags } from '../flags/flag.service.ts';
import { findDeclinedCategories, insertObjection } from '../objections/objection.repository.ts';
import { getActorRow } from '../users/user.repository.ts';
import { findScreening, updateScreening } from './screening.repository.ts';

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
    const onCase = await followOnCase(app, trx, ctx, next.state, next.events);
    return { value: next.state, events: [...next.events, ...onCase] };
  });
}

// What the screening's new state calls for on its case: the change a served screening makes (caseAfterScreening),
// then the flag check the command's events call for. Returns the events of both.
async function followOnCase(
  app: AppContext,
  trx: Transaction,
  ctx: CommandContext,
  s: Screening,
  screeningEvents: readonly DomainEvent[],
): Promise<DomainEvent[]> {
  if (!changesItsCase(s) && !callsForFlagCheck(screeningEvents)) return [];
  const found = await findCase(trx, s.caseId);
  if (!found) return [];
  let record = found.state;
  const events: DomainEvent[] = [];
  const follow = caseAfterScreening(record, s, ctx.now);
  if (follow) {
    const changed = accept(follow);
    record = changed.state;
    await updateCase(trx, record, found.version, ctx.now);
    events.push(...changed.events);
  }
  return [...events, ...(await checkFlags(app, trx, ctx, record, [...screeningEvents, ...events]))];
}

/** The screening record (the route's access check has already decided that the caller may see it). */
export async function getScreening(app: AppContext, screeningId: string): Promise<Result<Screening>> {
  const found = await findScreening(app.database.db, screeningId);
  return found ? ok(found.state) : fail('NOT_FOUND', 'No such screening.', { screeningId });
}

/** A supervisor assigns the screening to an officer of their office (never one who declined it or its category). */
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
    return assign(
      s,
      {
        officerId,
        officerRole: officer.role,
        officerOffice: officer.office,
        declinedCategories: await findDeclinedCategories(trx, officerId),
      },
      ctx,
    );
  });

/** The assigned officer declines on grounds of conscience; the screening returns to the supervisor's queue and the
 * objection is recorded. */
export const declineScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  reason: string,
): Promise<Result<Screening>> =>
  changeScreening(app, actorId, screeningId, async (s, trx, ctx) => {
    const declined = declineAssignment(s, { reason, objectionId: app.newId() }, ctx);
    if (declined.ok) await insertObjection(trx, declined.value.objection);
    return declined;
  });

/** Schedules (or reschedules) the interview. */
export const scheduleInterview = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { interviewAt: string; consultationWaived?: boolean },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => interview.scheduleInterview(s, input, ctx));

/** Records the interview and its testimony elements. */
export const recordInterview = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { at: string; testimony: Testimony },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => interview.recordInterview(s, input, ctx));

/** Records the officer's signed determination under the screening's legal standard. */
export const decideScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { result: string; standard: string; reasoning: string },
) =>
  changeScreening(app, actorId, screeningId, (s, _trx, ctx) => determination.decideScreening(s, input, ctx));

/** A supervisor concurs with a determination or returns it for rework. */
export const reviewDetermination = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { outcome: string; note: string },
) =>
  changeScreening(app, actorId, screeningId, (s, _trx, ctx) =>
    determination.reviewDetermination(s, input, ctx),
  );

/** Serves the approved determination. */
export const serveDetermination = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { at: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => service.serveDetermination(s, input, ctx));

/** The person requests IJ review of a negative credible- or reasonable-fear determination before the named court. */
export const requestIjReview = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { at: string; court?: string | null },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => service.requestIjReview(s, input, ctx));

/** The person declines IJ review (or refuses to say, which counts as declining for reasonable fear). */
export const declineIjReview = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { at: string; refusedToIndicate: boolean; court?: string | null },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => service.declineIjReview(s, input, ctx));

/** The immigration judge affirms or vacates. */
export const recordIjDecision = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { decision: string; at: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => service.recordIjDecision(s, input, ctx));

/** A supervisor dissolves a withdrawn screening. */
export const dissolveScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { reason: string },
) => changeScreening(app, actorId, screeningId, (s, _trx, ctx) => dissolve(s, input, ctx));

/** A supervisor reopens a negative for a new determination. */
export const reconsiderScreening = (
  app: AppContext,
  actorId: string,
  screeningId: string,
  input: { reason: string },
) =>
  changeScreening(app, actorId, screeningId, (s, _trx, ctx) =>
    determination.reconsiderScreening(s, input, ctx),
  );

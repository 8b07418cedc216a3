// Standing conscientious objections: an officer declines a whole category of screenings (and their open assignments of
// it go back to the queue at once), withdraws that, and reads their own; an office's supervisors read their officers'.
// (Declining one assigned screening is a screening command: see screenings/screening.service.ts.)
import type { Actor } from '../../domain/actor.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { declineCategoryAndReturn } from '../../domain/objections/category-objection.ts';
import * as t from '../../domain/objections/objection.ts';
import { BEFORE_DECISION } from '../../domain/screenings/screening-guards.ts';
import { logCasesShown } from '../access-log/cases-shown.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { decodeCursor, pageOf, type Page } from '../db/keyset-cursor.ts';
import { findScreeningsOfOfficer, updateScreening } from '../screenings/screening.repository.ts';
import {
  findDeclinedCategories,
  findObjection,
  findObjectionsOfOfficer,
  findObjectionsOfOffice,
  insertObjection,
  updateObjectionWithdrawn,
  type OfficeObjection,
} from './objection.repository.ts';

/** A category declined: the objection, and the screenings it took off the officer and put back in the queue. */
export interface CategoryDeclineResult {
  objectionId: string;
  objection: t.Objection;
  returnedScreeningIds: string[];
}

/** An officer declines a whole category of screenings (e.g. MPP interviews) on grounds of conscience; their open
 * assignments of that category go back to the supervisor's queue in the same transaction. */
export async function declineCategory(
  app: AppContext,
  actorId: string,
  input: { category: string; reason: string },
): Promise<Result<CategoryDeclineResult>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const assigned = await findScreeningsOfOfficer(trx, ctx.actor.id, BEFORE_DECISION);
    const declined = accept(
      declineCategoryAndReturn(
        { ...input, id: app.newId() },
        assigned.map((v) => v.state),
        await findDeclinedCategories(trx, ctx.actor.id),
        ctx,
      ),
    );
    await insertObjection(trx, declined.objection);
    const versions = new Map(assigned.map((v) => [v.state.id, v.version]));
    for (const s of declined.returned) await updateScreening(trx, s, versions.get(s.id)!, ctx.now);
    return {
      value: {
        objectionId: declined.objection.id,
        objection: declined.objection,
        returnedScreeningIds: declined.returned.map((s) => s.id),
      },
      events: declined.events,
    };
  });
}

/** An officer withdraws a standing objection of their own. */
export async function withdrawCategoryObjection(
  app: AppContext,
  actorId: string,
  objectionId: string,
): Promise<Result<t.Objection>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const found = await findObjection(trx, objectionId);
    if (!found) accept(fail('NOT_FOUND', 'No such objection of yours.'));
    const { objection, events } = accept(t.withdrawObjection(found!, ctx));
    await updateObjectionWithdrawn(trx, objection);
    return { value: objection, events };
  });
}

/** Which page of a list of objections to read, and why (the office's list names cases: logged). */
export interface ObjectionPageQuery {
  limit: number;
  cursor?: string;
  purpose: string;
}

/** A page of the officer's own objections, newest first (the reasons are theirs to read). */
export async function listMyObjections(
  app: AppContext,
  viewer: Actor,
  query: ObjectionPageQuery,
): Promise<Result<Page<t.Objection>>> {
  if (viewer.role !== 'officer')
    return fail('FORBIDDEN', 'Only an asylum officer has objections of their own.');
  const after = decodeCursor(query.cursor, 2);
  if (!after.ok) return after;
  const rows = await findObjectionsOfOfficer(app.database.db, {
    officerId: viewer.id,
    after: after.value as [string, string] | undefined,
    limit: query.limit + 1,
  });
  return ok(
    pageOf(
      rows,
      query.limit,
      (o) => [o.createdAt, o.id],
      (o) => o,
    ),
  );
}

/** A page of the objections of the supervisor's own office's officers, with their reasons, newest first. */
export async function listOfficeObjections(
  app: AppContext,
  viewer: Actor,
  query: ObjectionPageQuery,
): Promise<Result<Page<OfficeObjection>>> {
  if (viewer.role !== 'supervisor' || viewer.office === null)
    return fail('FORBIDDEN', 'Only a supervisor reads the objections of their office\u2019s officers.');
  const after = decodeCursor(query.cursor, 2);
  if (!after.ok) return after;
  const rows = await findObjectionsOfOffice(app.database.db, {
    office: viewer.office,
    after: after.value as [string, string] | undefined,
    limit: query.limit + 1,
  });
  const page = pageOf(
    rows,
    query.limit,
    (r) => [r.objection.createdAt, r.objection.id],
    (r) => r,
  );
  const at = app.now();
  await logCasesShown(
    app.database.db,
    page.items.flatMap((r) => (r.caseId ? [r.caseId] : [])),
    { userId: viewer.id, subject: 'objections', purpose: query.purpose, basis: 'office-supervisor', at },
  );
  return ok(page);
}

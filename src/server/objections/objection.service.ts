// Standing conscientious objections: an officer declines a whole category of screenings, or withdraws that.
// (Declining one assigned screening is a screening command: see screenings/screening.service.ts.)
import { fail, type Result } from '../../domain/errors.ts';
import * as t from '../../domain/objections/objection.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { findObjection, insertObjection, updateObjectionWithdrawn } from './objection.repository.ts';

/** An officer declines a whole category of screenings (e.g. MPP interviews) on grounds of conscience. */
export async function declineCategory(
  app: AppContext,
  actorId: string,
  input: { category: string; reason: string },
): Promise<Result<{ objectionId: string }>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const { objection, events } = accept(t.declineCategory({ ...input, id: app.newId() }, ctx));
    await insertObjection(trx, objection);
    return { value: { objectionId: objection.id }, events };
  });
}

/** An officer withdraws a standing objection of their own. */
export async function withdrawCategoryObjection(
  app: AppContext,
  actorId: string,
  objectionId: string,
): Promise<Result<true>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const found = await findObjection(trx, objectionId);
    if (!found) accept(fail('NOT_FOUND', 'No such objection of yours.', { objectionId }));
    const { objection, events } = accept(t.withdrawObjection(found!, ctx));
    await updateObjectionWithdrawn(trx, objection);
    return { value: true as const, events };
  });
}

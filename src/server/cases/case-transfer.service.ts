// Transferring a case to another office: in one transaction the case's office changes and its open screenings move
// there unassigned, landing in the receiving office's unassigned queue; the old office keeps no basis to see it.
import { transferCase as transfer } from '../../domain/cases/case-transfer.transitions.ts';
import { fail, type Result } from '../../domain/errors.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { findVersionedScreeningsOfCase, updateScreening } from '../screenings/screening.repository.ts';
import { findUsersByRole } from '../users/user.repository.ts';
import { findCase, updateCase } from './case.repository.ts';

/** What a transfer did: the case, the office it left, and the screenings that moved with it. */
export interface CaseTransferred {
  caseId: string;
  fromOffice: string;
  toOffice: string;
  movedScreeningIds: string[];
}

/** A supervisor of the office holding the case transfers it to another office, with a reason. */
export async function transferCase(
  app: AppContext,
  actorId: string,
  caseId: string,
  input: { office: string; reason: string },
): Promise<Result<CaseTransferred>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const loaded = await findCase(trx, caseId);
    if (!loaded) accept(fail('NOT_FOUND', 'No such case.', { caseId }));
    const office = input.office.trim();
    const receiving = office === '' ? [] : await findUsersByRole(trx, 'supervisor', office);
    const screenings = await findVersionedScreeningsOfCase(trx, caseId);
    const versions = new Map(screenings.map((v) => [v.state.id, v.version]));
    const done = accept(
      transfer(
        loaded!.state,
        screenings.map((v) => v.state),
        { office: input.office, reason: input.reason, receivingOfficeHasSupervisor: receiving.length > 0 },
        ctx,
      ),
    );
    await updateCase(trx, done.record, loaded!.version, ctx.now);
    for (const moved of done.moved) await updateScreening(trx, moved, versions.get(moved.id)!, ctx.now);
    return {
      value: {
        caseId,
        fromOffice: loaded!.state.office,
        toOffice: done.record.office,
        movedScreeningIds: done.moved.map((s) => s.id),
      },
      events: done.events,
    };
  });
}

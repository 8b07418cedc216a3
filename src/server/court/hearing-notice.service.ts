// Hearing notices: the court serves notice of a hearing (a notice without an address raises a consistency flag in
// the same transaction), and the notices of a case are read back for the court, the office and counsel of record.
import type { Hearing } from '../../domain/court/proceeding.ts';
import { serveHearingNotice as serve, type HearingNotice } from '../../domain/court/hearing-notice.ts';
import { fail, type Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { insertFlags } from '../flags/flag.repository.ts';
import { findHearingNoticesOfCase, insertHearingNotice } from './hearing-notice.repository.ts';
import { findProceeding, findProceedingsOfCase } from './proceeding.repository.ts';

/** A served notice with its hearing, and the flag it raised (served without an address), if any. */
export interface ServedHearingNotice {
  notice: HearingNotice;
  hearing: Hearing | null;
  flagId: string | null;
}

/** The court serves notice of one of a proceeding's hearings. */
export async function serveHearingNotice(
  app: AppContext,
  actorId: string,
  proceedingId: string,
  input: { hearingId: string; method: string; address?: string | null; servedAt: string },
): Promise<Result<ServedHearingNotice>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const loaded = await findProceeding(trx, proceedingId);
    if (!loaded) accept(fail('NOT_FOUND', 'No such proceeding.', { proceedingId }));
    const served = accept(serve(loaded!.state, { ...input, id: app.newId() }, ctx));
    await insertHearingNotice(trx, served.notice, ctx.now);
    const events: DomainEvent[] = [...served.events];
    let flagId: string | null = null;
    if (served.flag) {
      flagId = app.newId();
      const { kind, subjectId, reason } = served.flag;
      await insertFlags(trx, [
        {
          id: flagId,
          caseId: served.notice.caseId,
          kind,
          subjectId,
          status: 'open',
          reason,
          raisedAt: ctx.now,
          clearedAt: null,
          clearedBy: null,
          decision: null,
        },
      ]);
      events.push({
        type: 'flag.raised',
        caseId: served.notice.caseId,
        payload: { flagId, kind, subjectId, reason },
      });
    }
    const hearing = loaded!.state.hearings.find((h) => h.id === served.notice.hearingId) ?? null;
    return { value: { notice: served.notice, hearing, flagId }, events };
  });
}

/** A notice with the hearing it announces. */
export interface NoticeOfHearing {
  notice: HearingNotice;
  hearing: Hearing | null;
}

/** The hearing notices of a case, each with its hearing (for readers the access policy already let in). */
export async function listHearingNotices(app: AppContext, caseId: string): Promise<NoticeOfHearing[]> {
  const db = app.database.db;
  const [notices, proceedings] = await Promise.all([
    findHearingNoticesOfCase(db, caseId),
    findProceedingsOfCase(db, caseId),
  ]);
  const hearings = new Map(proceedings.flatMap((p) => p.hearings.map((h) => [h.id, h] as const)));
  return notices.map((notice) => ({ notice, hearing: hearings.get(notice.hearingId) ?? null }));
}

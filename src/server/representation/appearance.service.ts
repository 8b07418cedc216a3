// Notices of appearance: counsel files one for an A-number with the client's signed consent; the office (G-28) or
// the court (EOIR-28) accepts it, which makes counsel the counsel of record, or rejects it; counsel may withdraw.
// Filing does the same work and gives the same answer whether or not the A-number has a case: existence is
// confidential, so a notice for an A-number with no case is stored like any other and never reaches a reviewer.
import { randomUUID } from 'node:crypto';
import { parseANumber } from '../../domain/a-number.ts';
import type { Actor } from '../../domain/actor.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import * as rules from '../../domain/representation/appearance-notice.ts';
import type { AppearanceNotice } from '../../domain/representation/appearance-notice.ts';
import { CONSENT_MAX_BYTES } from '../../domain/representation/attachment.ts';
import { logCasesShown } from '../access-log/cases-shown.ts';
import type { AppContext } from '../app-context.ts';
import { touchCase } from '../cases/case.repository.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { endRepresentation, insertRepresentation } from '../court/representation.repository.ts';
import { decodeCursor, pageOf, type Page } from '../db/keyset-cursor.ts';
import { storeAttachment, type AttachmentInput } from './attachment-store.ts';
import {
  findAppearanceNotice,
  findLatestCaseIdByANumber,
  findNoticesOfCounsel,
  findPendingNotices,
  hasPendingNotice,
  insertAppearanceNotice,
  updateAppearanceNotice,
  type PendingNotice,
} from './appearance.repository.ts';
import { findDocumentContent } from './document.repository.ts';

/** Counsel files a notice of appearance for an A-number, with the client's signed consent. */
export async function fileAppearanceNotice(
  app: AppContext,
  actorId: string,
  input: { form: string; aNumber: string; consent: AttachmentInput },
): Promise<Result<AppearanceNotice>> {
  const aNumber = parseANumber(input.aNumber);
  if (!aNumber.ok) return aNumber;
  return runCommand(app, actorId, async (trx, ctx) => {
    // Independent of the case: a second pending notice of the same form for the same A-number is a duplicate.
    if (await hasPendingNotice(trx, { counselId: ctx.actor.id, aNumber: aNumber.value, form: input.form }))
      accept(
        fail(
          'CONFLICT',
          `You already have a pending ${input.form} for this A-number; wait for its answer or withdraw it first.`,
        ),
      );
    const caseId = await findLatestCaseIdByANumber(trx, aNumber.value);
    const consent = accept(await storeAttachment(trx, ctx, 'consent', input.consent, CONSENT_MAX_BYTES));
    const filed = accept(
      rules.fileAppearanceNotice(
        { id: randomUUID(), form: input.form, aNumber: aNumber.value, caseId, consent },
        ctx,
      ),
    );
    await insertAppearanceNotice(trx, filed.state);
    return { value: filed.state, events: filed.events };
  });
}

/** The office (G-28) or the court (EOIR-28) accepts a notice: counsel becomes counsel of record on the case. */
export async function acceptAppearanceNotice(
  app: AppContext,
  actorId: string,
  noticeId: string,
  input: { note?: string | null },
): Promise<Result<AppearanceNotice>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const notice = await findAppearanceNotice(trx, noticeId);
    if (!notice) accept(fail('NOT_FOUND', 'No such notice of appearance.'));
    const accepted = accept(
      rules.acceptAppearanceNotice(notice!, { representationId: randomUUID(), note: input.note }, ctx),
    );
    const r = accepted.representation;
    await insertRepresentation(trx, {
      id: r.id,
      caseId: r.caseId,
      counselId: r.counselId,
      form: r.form,
      filedAt: r.filedAt,
      endedAt: null,
      noticeId: r.noticeId,
    });
    await updateAppearanceNotice(trx, accepted.state);
    // Counsel's access to the case changed: the case's update time says so.
    await touchCase(trx, r.caseId, ctx.now);
    return { value: accepted.state, events: accepted.events };
  });
}

/** The reviewer rejects a notice with a reason. */
export async function rejectAppearanceNotice(
  app: AppContext,
  actorId: string,
  noticeId: string,
  input: { reason: string },
): Promise<Result<AppearanceNotice>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const notice = await findAppearanceNotice(trx, noticeId);
    if (!notice) accept(fail('NOT_FOUND', 'No such notice of appearance.'));
    const rejected = accept(rules.rejectAppearanceNotice(notice!, input, ctx));
    await updateAppearanceNotice(trx, rejected.state);
    return { value: rejected.state, events: rejected.events };
  });
}

/** Counsel withdraws a notice of their own; an accepted one's representation ends, and with it counsel's access. */
export async function withdrawAppearanceNotice(
  app: AppContext,
  actorId: string,
  noticeId: string,
  input: { reason?: string | null },
): Promise<Result<AppearanceNotice>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const notice = await findAppearanceNotice(trx, noticeId);
    if (!notice) accept(fail('NOT_FOUND', 'No such notice of appearance of yours.'));
    const withdrawn = accept(rules.withdrawAppearanceNotice(notice!, input, ctx));
    await updateAppearanceNotice(trx, withdrawn.state);
    if (notice!.representationId !== null && notice!.caseId !== null) {
      await endRepresentation(trx, notice!.representationId, ctx.now);
      await touchCase(trx, notice!.caseId, ctx.now);
    }
    return { value: withdrawn.state, events: withdrawn.events };
  });
}

/** Paging of a list. */
export interface PageQuery {
  limit: number;
  cursor?: string;
}

/** A page of the caller's own notices (counsel), oldest first. */
export async function listOwnNotices(
  app: AppContext,
  viewer: Actor,
  query: PageQuery,
): Promise<Result<Page<AppearanceNotice>>> {
  const after = decodeCursor(query.cursor, 2);
  if (!after.ok) return after;
  const rows = await findNoticesOfCounsel(app.database.db, {
    counselId: viewer.id,
    after: after.value && { filedAt: after.value[0]!, id: after.value[1]! },
    limit: query.limit + 1,
  });
  return ok(
    pageOf(
      rows,
      query.limit,
      (n) => [n.filedAt, n.id],
      (n) => n,
    ),
  );
}

/** A page of the pending notices the caller answers: of the forms their role reviews, on cases they may see. Each
 * notice shown discloses its case, so the page is written to the access log. */
export async function listPendingNotices(
  app: AppContext,
  viewer: Actor,
  query: PageQuery & { purpose: string },
): Promise<Result<Page<PendingNotice>>> {
  const after = decodeCursor(query.cursor, 2);
  if (!after.ok) return after;
  const forms = rules.APPEARANCE_FORMS.filter((form) => rules.reviewerRolesFor(form).includes(viewer.role));
  const rows = await findPendingNotices(app.database.db, {
    reviewer: viewer,
    forms,
    after: after.value && { filedAt: after.value[0]!, id: after.value[1]! },
    limit: query.limit + 1,
  });
  const page = pageOf(
    rows,
    query.limit,
    (p) => [p.notice.filedAt, p.notice.id],
    (p) => p,
  );
  const at = app.now();
  await logCasesShown(
    app.database.db,
    page.items.map((p) => p.notice.caseId!),
    { userId: viewer.id, subject: 'appearance-queue', purpose: query.purpose, basis: listBasis(viewer), at },
  );
  return ok(page);
}

// The basis on which a reviewer sees the cases of the pending notices listed for them (the list is scoped by it).
function listBasis(viewer: Actor): string {
  if (viewer.role === 'intake') return 'office-intake';
  return viewer.role === 'supervisor' ? 'office-supervisor' : 'court-of-record';
}

/** The signed consent of a notice (for a reviewer the access policy already let in). */
export async function readConsent(
  app: AppContext,
  noticeId: string,
): Promise<Result<{ mediaType: string; sha256: string; content: Buffer }>> {
  const notice = await findAppearanceNotice(app.database.db, noticeId);
  const document = notice && (await findDocumentContent(app.database.db, notice.consent.documentId));
  return document ? ok(document) : fail('NOT_FOUND', 'No such notice of appearance.');
}

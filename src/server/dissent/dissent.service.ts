// Policy dissent: filing (attachments decoded, measured and hashed here), the filer's own list, the reviewers'
// queue, reading one, downloading an attachment, and the written answer. Every decision on who may see a dissent is
// decideDissentAccess's: a hidden dissent and a missing one answer the same "not found" after the same queries.
// Reads by reviewers are written to the access log; a filer reading their own is not, since that entry would name
// the filer to whoever reads the log.
import { createHash, randomUUID } from 'node:crypto';
import { decideDissentAccess, isReviewer, type DissentReader } from '../../domain/dissent/dissent-access.ts';
import * as t from '../../domain/dissent/dissent.transitions.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { Kysely } from 'kysely';
import { appendAccessLogMany } from '../access/access-log.repository.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { decodeCursor, pageOf } from '../paging/keyset-cursor.ts';
import { findAccount } from '../users/account.repository.ts';
import {
  findAttachment,
  findDissent,
  findDissentsOfFiler,
  findReviewQueue,
  insertDissent,
  updateDissentAnswer,
  type DissentRecord,
  type DissentStatusFilter,
  type StoredAttachment,
} from './dissent.repository.ts';

/** The one "not found" of a dissent, hidden or missing. */
export const NO_SUCH_DISSENT = 'No such dissent.';
/** The one "not found" of an attachment, its dissent hidden or missing, or the attachment missing. */
export const NO_SUCH_ATTACHMENT = 'No such dissent attachment.';

/** An attachment as the filer sends it. */
export interface AttachmentUpload {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

/** The reader as the access decision needs them, with their name; an unknown or disabled account sees nothing. */
async function readerOf(
  db: Kysely<DatabaseSchema>,
  actorId: string,
): Promise<DissentReader & { name: string }> {
  const account = await findAccount(db, { id: actorId });
  return account && account.disabledAt === null
    ? { id: account.id, role: account.role, isDissentReviewer: account.isDissentReviewer, name: account.name }
    : { id: actorId, role: 'system', isDissentReviewer: false, name: '' };
}

// One access-log entry per dissent a reviewer was shown, written before the response leaves.
function logReads(app: AppContext, reader: DissentReader, dissentIds: readonly string[], purpose: string) {
  if (!isReviewer(reader)) return Promise.resolve();
  const at = app.now();
  return appendAccessLogMany(
    app.database.db,
    dissentIds.map((id) => ({
      userId: reader.id,
      caseId: null,
      action: 'read' as const,
      subject: 'dissent',
      subjectId: id,
      purpose,
      basis: 'dissent-reviewer',
      at,
    })),
  );
}

/** An officer or supervisor files a dissent; it goes to the designated reviewers, due 60 days on. */
export async function fileDissent(
  app: AppContext,
  actorId: string,
  input: { policy: string; text: string; attachments: readonly AttachmentUpload[] },
): Promise<Result<DissentRecord>> {
  const stored: StoredAttachment[] = input.attachments.map((a) => {
    const bytes = Buffer.from(a.contentBase64, 'base64');
    return {
      id: randomUUID(),
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      contentBase64: bytes.toString('base64'),
    };
  });
  return runCommand(app, actorId, async (trx, ctx) => {
    const filed = accept(
      t.fileDissent(
        {
          id: randomUUID(),
          policy: input.policy,
          text: input.text,
          attachments: stored.map(({ contentBase64: _, ...a }) => a),
        },
        ctx,
      ),
    );
    const byName = new Map(filed.state.attachments.map((a) => [a.id, a.fileName]));
    await insertDissent(
      trx,
      filed.state,
      stored.map((a) => ({ ...a, fileName: byName.get(a.id) ?? a.fileName })),
    );
    const record = await findDissent(trx, filed.state.id);
    return { value: record!, events: filed.events };
  });
}

/** A reviewer answers in writing (never their own dissent); a dissent the caller cannot see is "not found". */
export async function answerDissent(
  app: AppContext,
  actorId: string,
  dissentId: string,
  text: string,
): Promise<Result<DissentRecord>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const [reader, record] = await Promise.all([readerOf(trx, actorId), findDissent(trx, dissentId)]);
    if (!decideDissentAccess(reader, record?.dissent).allowed) accept(fail('NOT_FOUND', NO_SUCH_DISSENT));
    const next = accept(t.answerDissent(record!.dissent, { text }, reader, ctx));
    await updateDissentAnswer(trx, next.state);
    return { value: { ...record!, dissent: next.state, answeredByName: reader.name }, events: next.events };
  });
}

/** One dissent, for its filer or a reviewer. */
export async function getDissent(
  app: AppContext,
  actorId: string,
  dissentId: string,
  purpose: string,
): Promise<Result<DissentRecord>> {
  const { db } = app.database;
  const [reader, record] = await Promise.all([readerOf(db, actorId), findDissent(db, dissentId)]);
  if (!decideDissentAccess(reader, record?.dissent).allowed) return fail('NOT_FOUND', NO_SUCH_DISSENT);
  await logReads(app, reader, [dissentId], purpose);
  return ok(record!);
}

/** The caller's own dissents (newest first), or for a reviewer the queue (oldest due first). */
export async function listDissents(
  app: AppContext,
  actorId: string,
  query: { view: 'mine' | 'review'; status?: DissentStatusFilter; limit: number; cursor?: string },
  purpose: string,
): Promise<Result<{ items: DissentRecord[]; nextCursor: string | null }>> {
  const { db } = app.database;
  const reader = await readerOf(db, actorId);
  const key = decodeCursor(query.cursor, ['string', 'string'] as const);
  if (query.view === 'mine') {
    const rows = await findDissentsOfFiler(db, reader.id, {
      status: query.status ?? 'all',
      before: key,
      limit: query.limit + 1,
    });
    return ok(pageOf(rows, query.limit, (last) => [last.dissent.filedAt, last.dissent.id]));
  }
  if (!isReviewer(reader))
    return fail('FORBIDDEN', 'Only designated dissent reviewers see the review queue; ask for view=mine.');
  const rows = await findReviewQueue(db, {
    status: query.status ?? 'open',
    after: key,
    limit: query.limit + 1,
  });
  const page = pageOf(rows, query.limit, (last) => [last.dissent.dueAt, last.dissent.id]);
  await logReads(
    app,
    reader,
    page.items.map((r) => r.dissent.id),
    purpose,
  );
  return ok(page);
}

/** An attachment's bytes, for the dissent's filer or a reviewer. */
export async function getDissentAttachment(
  app: AppContext,
  actorId: string,
  ids: { dissentId: string; attachmentId: string },
  purpose: string,
): Promise<Result<{ attachment: StoredAttachment; bytes: Buffer }>> {
  const { db } = app.database;
  const [reader, record, attachment] = await Promise.all([
    readerOf(db, actorId),
    findDissent(db, ids.dissentId),
    findAttachment(db, ids.dissentId, ids.attachmentId),
  ]);
  if (!decideDissentAccess(reader, record?.dissent).allowed || !attachment)
    return fail('NOT_FOUND', NO_SUCH_ATTACHMENT);
  await logReads(app, reader, [ids.dissentId], purpose);
  return ok({ attachment, bytes: Buffer.from(attachment.contentBase64, 'base64') });
}

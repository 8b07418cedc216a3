// Policy dissents and their attachments. Attachment bytes are read only by the download; every other read takes
// their names, sizes and digests.
import type { Kysely } from 'kysely';
import type { Dissent, DissentAttachment } from '../../domain/dissent/dissent.ts';
import { AppError } from '../../domain/errors.ts';
import type { DatabaseSchema, DissentsTable } from '../db/schema.ts';

/** An attachment with its bytes, base64-encoded as stored. */
export interface StoredAttachment extends DissentAttachment {
  contentBase64: string;
}

/** A dissent with the names of its filer and answerer, as lists and pages show them. */
export interface DissentRecord {
  dissent: Dissent;
  filerName: string;
  answeredByName: string | null;
}

/** Inserts a new dissent and its attachments. */
export async function insertDissent(
  db: Kysely<DatabaseSchema>,
  dissent: Dissent,
  attachments: readonly StoredAttachment[],
): Promise<void> {
  await db
    .insertInto('dissents')
    .values({
      id: dissent.id,
      filer_id: dissent.filerId,
      policy: dissent.policy,
      text: dissent.text,
      filed_at: dissent.filedAt,
      due_at: dissent.dueAt,
      answered_at: null,
      answered_by: null,
      answer: null,
    })
    .execute();
  // One at a time: each row may be megabytes, and a driver builds one statement per insert.
  for (const [position, a] of attachments.entries())
    await db
      .insertInto('dissent_attachments')
      .values({
        id: a.id,
        dissent_id: dissent.id,
        position,
        file_name: a.fileName,
        media_type: a.mediaType,
        size_bytes: a.sizeBytes,
        sha256: a.sha256,
        content_base64: a.contentBase64,
      })
      .execute();
}

/** Records the answer, if the dissent is still unanswered (two reviewers answering at once: the second conflicts). */
export async function updateDissentAnswer(db: Kysely<DatabaseSchema>, dissent: Dissent): Promise<void> {
  if (!dissent.answer) return;
  const result = await db
    .updateTable('dissents')
    .set({ answered_at: dissent.answer.at, answered_by: dissent.answer.by, answer: dissent.answer.text })
    .where('id', '=', dissent.id)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new AppError('CONFLICT', 'Another reviewer answered this dissent meanwhile; reload it.');
}

const withNames = (db: Kysely<DatabaseSchema>) =>
  db
    .selectFrom('dissents')
    .innerJoin('users as filer', 'filer.id', 'dissents.filer_id')
    .leftJoin('users as answerer', 'answerer.id', 'dissents.answered_by')
    .selectAll('dissents')
    .select(['filer.name as filer_name', 'answerer.name as answerer_name']);

type DissentRow = DissentsTable & { filer_name: string; answerer_name: string | null };

async function attachmentsOf(
  db: Kysely<DatabaseSchema>,
  dissentIds: readonly string[],
): Promise<Map<string, DissentAttachment[]>> {
  const byDissent = new Map<string, DissentAttachment[]>(dissentIds.map((id) => [id, []]));
  if (dissentIds.length === 0) return byDissent;
  const rows = await db
    .selectFrom('dissent_attachments')
    .select(['id', 'dissent_id', 'file_name', 'media_type', 'size_bytes', 'sha256'])
    .where('dissent_id', 'in', dissentIds)
    .orderBy('dissent_id')
    .orderBy('position')
    .execute();
  for (const r of rows)
    byDissent.get(r.dissent_id)?.push({
      id: r.id,
      fileName: r.file_name,
      mediaType: r.media_type,
      sizeBytes: Number(r.size_bytes),
      sha256: r.sha256,
    });
  return byDissent;
}

async function toRecords(
  db: Kysely<DatabaseSchema>,
  rows: readonly DissentRow[],
  loaded?: Map<string, DissentAttachment[]>,
): Promise<DissentRecord[]> {
  const attachments =
    loaded ??
    (await attachmentsOf(
      db,
      rows.map((r) => r.id),
    ));
  return rows.map((r) => ({
    dissent: {
      id: r.id,
      filerId: r.filer_id,
      policy: r.policy,
      text: r.text,
      filedAt: r.filed_at,
      dueAt: r.due_at,
      attachments: attachments.get(r.id) ?? [],
      answer:
        r.answered_at !== null && r.answered_by !== null
          ? { text: r.answer ?? '', by: r.answered_by, at: r.answered_at }
          : null,
    },
    filerName: r.filer_name,
    answeredByName: r.answerer_name,
  }));
}

/** The dissent with this id, or nothing. Both queries run either way: a missing dissent costs what a hidden one does. */
export async function findDissent(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<DissentRecord | undefined> {
  const [row, attachments] = await Promise.all([
    withNames(db).where('dissents.id', '=', id).executeTakeFirst(),
    attachmentsOf(db, [id]),
  ]);
  return row ? (await toRecords(db, [row], attachments))[0] : undefined;
}

/** Which dissents a list shows. */
export type DissentStatusFilter = 'open' | 'answered' | 'all';

/** A filer's own dissents, newest first, after the (filedAt, id) key. */
export async function findDissentsOfFiler(
  db: Kysely<DatabaseSchema>,
  filerId: string,
  page: { status: DissentStatusFilter; before?: readonly [string, string]; limit: number },
): Promise<DissentRecord[]> {
  let query = withNames(db)
    .where('dissents.filer_id', '=', filerId)
    .$if(page.status === 'open', (q) => q.where('dissents.answered_at', 'is', null))
    .$if(page.status === 'answered', (q) => q.where('dissents.answered_at', 'is not', null));
  const before = page.before;
  if (before)
    query = query.where((eb) =>
      eb.or([
        eb('dissents.filed_at', '<', before[0]),
        eb.and([eb('dissents.filed_at', '=', before[0]), eb('dissents.id', '<', before[1])]),
      ]),
    );
  const rows = await query
    .orderBy('dissents.filed_at', 'desc')
    .orderBy('dissents.id', 'desc')
    .limit(page.limit)
    .execute();
  return toRecords(db, rows);
}

/** The reviewers' queue: dissents by due date, oldest due first, after the (dueAt, id) key. */
export async function findReviewQueue(
  db: Kysely<DatabaseSchema>,
  page: { status: DissentStatusFilter; after?: readonly [string, string]; limit: number },
): Promise<DissentRecord[]> {
  let query = withNames(db)
    .$if(page.status === 'open', (q) => q.where('dissents.answered_at', 'is', null))
    .$if(page.status === 'answered', (q) => q.where('dissents.answered_at', 'is not', null));
  const after = page.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('dissents.due_at', '>', after[0]),
        eb.and([eb('dissents.due_at', '=', after[0]), eb('dissents.id', '>', after[1])]),
      ]),
    );
  const rows = await query.orderBy('dissents.due_at').orderBy('dissents.id').limit(page.limit).execute();
  return toRecords(db, rows);
}

/** One attachment of a dissent with its bytes, or nothing. */
export async function findAttachment(
  db: Kysely<DatabaseSchema>,
  dissentId: string,
  attachmentId: string,
): Promise<StoredAttachment | undefined> {
  const row = await db
    .selectFrom('dissent_attachments')
    .select(['id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'content_base64'])
    .where('dissent_id', '=', dissentId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      fileName: row.file_name,
      mediaType: row.media_type,
      sizeBytes: Number(row.size_bytes),
      sha256: row.sha256,
      contentBase64: row.content_base64,
    }
  );
}

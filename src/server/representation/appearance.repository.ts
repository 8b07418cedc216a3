// Notices of appearance as stored, with their consent document's digest, type and size.
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../domain/actor.ts';
import type {
  AppearanceForm,
  AppearanceNotice,
  AppearanceStatus,
} from '../../domain/representation/appearance-notice.ts';
import { visibleCases } from '../access/case-scope.ts';
import type { AppearanceNoticesTable, DatabaseSchema, DocumentsTable } from '../db/schema.ts';

type NoticeRow = Selectable<AppearanceNoticesTable> &
  Pick<Selectable<DocumentsTable>, 'sha256' | 'media_type' | 'size_bytes'>;

const toNotice = (r: NoticeRow): AppearanceNotice => ({
  id: r.id,
  counselId: r.counsel_id,
  form: r.form as AppearanceForm,
  aNumber: r.a_number,
  caseId: r.case_id,
  status: r.status as AppearanceStatus,
  filedAt: r.filed_at,
  consent: {
    documentId: r.consent_document_id,
    sha256: r.sha256,
    mediaType: r.media_type,
    sizeBytes: Number(r.size_bytes),
  },
  review:
    r.reviewed_by !== null && r.reviewed_at !== null
      ? { by: r.reviewed_by, at: r.reviewed_at, reason: r.review_reason }
      : null,
  representationId: r.representation_id,
  endedAt: r.ended_at,
});

const noticeColumns = (n: AppearanceNotice) => ({
  status: n.status,
  reviewed_by: n.review?.by ?? null,
  reviewed_at: n.review?.at ?? null,
  review_reason: n.review?.reason ?? null,
  representation_id: n.representationId,
  ended_at: n.endedAt,
});

/** Stores a new notice. */
export async function insertAppearanceNotice(db: Kysely<DatabaseSchema>, n: AppearanceNotice): Promise<void> {
  await db
    .insertInto('appearance_notices')
    .values({
      id: n.id,
      counsel_id: n.counselId,
      form: n.form,
      a_number: n.aNumber,
      case_id: n.caseId,
      filed_at: n.filedAt,
      consent_document_id: n.consent.documentId,
      ...noticeColumns(n),
    })
    .execute();
}

/** Writes a reviewed or withdrawn notice. */
export async function updateAppearanceNotice(db: Kysely<DatabaseSchema>, n: AppearanceNotice): Promise<void> {
  await db.updateTable('appearance_notices').set(noticeColumns(n)).where('id', '=', n.id).execute();
}

const selectNotices = (db: Kysely<DatabaseSchema>) =>
  db
    .selectFrom('appearance_notices as n')
    .innerJoin('documents as d', 'd.id', 'n.consent_document_id')
    .selectAll('n')
    .select(['d.sha256', 'd.media_type', 'd.size_bytes']);

/** The notice with this id, or nothing. */
export async function findAppearanceNotice(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<AppearanceNotice | undefined> {
  const row = await selectNotices(db).where('n.id', '=', id).executeTakeFirst();
  return row ? toNotice(row) : undefined;
}

/** Does this counsel already have a pending notice of this form for this A-number? */
export async function hasPendingNotice(
  db: Kysely<DatabaseSchema>,
  filter: { counselId: string; aNumber: string; form: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('appearance_notices')
    .select('id')
    .where('counsel_id', '=', filter.counselId)
    .where('a_number', '=', filter.aNumber)
    .where('form', '=', filter.form)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row !== undefined;
}

/** A page of one counsel's own notices, oldest first, after the given (filed_at, id). */
export async function findNoticesOfCounsel(
  db: Kysely<DatabaseSchema>,
  filter: { counselId: string; after?: { filedAt: string; id: string }; limit: number },
): Promise<AppearanceNotice[]> {
  let query = selectNotices(db).where('n.counsel_id', '=', filter.counselId);
  const after = filter.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('n.filed_at', '>', after.filedAt),
        eb.and([eb('n.filed_at', '=', after.filedAt), eb('n.id', '>', after.id)]),
      ]),
    );
  return (await query.orderBy('n.filed_at').orderBy('n.id').limit(filter.limit).execute()).map(toNotice);
}

/** A pending notice as a reviewer sees it: with counsel's name. */
export interface PendingNotice {
  notice: AppearanceNotice;
  counselName: string;
}

/** A page of the pending notices of the given forms on cases the reviewer may see, oldest first. */
export async function findPendingNotices(
  db: Kysely<DatabaseSchema>,
  filter: {
    reviewer: Actor;
    forms: readonly string[];
    after?: { filedAt: string; id: string };
    limit: number;
  },
): Promise<PendingNotice[]> {
  if (filter.forms.length === 0) return [];
  let query = selectNotices(db)
    .innerJoin('cases', 'cases.id', 'n.case_id')
    .innerJoin('users as u', 'u.id', 'n.counsel_id')
    .select('u.name as counsel_name')
    .where('n.status', '=', 'pending')
    .where('n.form', 'in', [...filter.forms])
    .where(visibleCases(filter.reviewer));
  const after = filter.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('n.filed_at', '>', after.filedAt),
        eb.and([eb('n.filed_at', '=', after.filedAt), eb('n.id', '>', after.id)]),
      ]),
    );
  const rows = await query.orderBy('n.filed_at').orderBy('n.id').limit(filter.limit).execute();
  return rows.map(({ counsel_name, ...row }) => ({ notice: toNotice(row), counselName: counsel_name }));
}

/** The latest case of the person with this A-number, or null: one query, whether or not there is one. */
export async function findLatestCaseIdByANumber(
  db: Kysely<DatabaseSchema>,
  aNumber: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('cases')
    .innerJoin('persons', 'persons.id', 'cases.person_id')
    .select('cases.id')
    .where('persons.a_number', '=', aNumber)
    .orderBy('cases.opened_at', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

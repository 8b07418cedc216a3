// Counsel's filings on cases, with their document's digest, type and size.
import type { Kysely } from 'kysely';
import type { Filing, FilingKind } from '../../domain/representation/filing.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** Stores a filing (its document is stored first). */
export async function insertFiling(db: Kysely<DatabaseSchema>, f: Filing): Promise<void> {
  await db
    .insertInto('filings')
    .values({
      id: f.id,
      case_id: f.caseId,
      counsel_id: f.counselId,
      kind: f.kind,
      title: f.title,
      document_id: f.document.documentId,
      filed_at: f.filedAt,
    })
    .execute();
}

const selectFilings = (db: Kysely<DatabaseSchema>) =>
  db
    .selectFrom('filings as f')
    .innerJoin('documents as d', 'd.id', 'f.document_id')
    .selectAll('f')
    .select(['d.sha256', 'd.media_type', 'd.size_bytes']);

type FilingRow = Awaited<ReturnType<ReturnType<typeof selectFilings>['executeTakeFirstOrThrow']>>;

const toFiling = (r: FilingRow): Filing => ({
  id: r.id,
  caseId: r.case_id,
  counselId: r.counsel_id,
  kind: r.kind as FilingKind,
  title: r.title,
  document: {
    documentId: r.document_id,
    sha256: r.sha256,
    mediaType: r.media_type,
    sizeBytes: Number(r.size_bytes),
  },
  filedAt: r.filed_at,
});

/** The filings on a case, oldest first. */
export async function findFilingsOfCase(db: Kysely<DatabaseSchema>, caseId: string): Promise<Filing[]> {
  const rows = await selectFilings(db)
    .where('f.case_id', '=', caseId)
    .orderBy('f.filed_at')
    .orderBy('f.id')
    .execute();
  return rows.map(toFiling);
}

/** The filing with this id, or nothing. */
export async function findFiling(db: Kysely<DatabaseSchema>, id: string): Promise<Filing | undefined> {
  const row = await selectFilings(db).where('f.id', '=', id).executeTakeFirst();
  return row ? toFiling(row) : undefined;
}

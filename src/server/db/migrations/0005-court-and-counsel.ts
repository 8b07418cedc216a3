// Courts and counsel: the court a case's notice to appear names and the court an IJ review lies before (columns, so
// the access policy decides inside the query), the hearings of every proceeding as rows (the court calendar),
// hearing notices, counsel's notices of appearance with the client's signed consent, counsel's filings, and the
// documents attached to them (base64 text, so that every column stays text, integer or null).
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

const PAGE = 1000;

/** Adds the court and counsel columns and tables, and fills the new columns and the hearing rows from the records. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('cases').addColumn('nta_court', 'text').execute();
  await db.schema.createIndex('cases_nta_court').on('cases').column('nta_court').execute();
  await db.schema.alterTable('screenings').addColumn('ij_court', 'text').execute();
  await db.schema
    .createIndex('screenings_ij_court')
    .on('screenings')
    .columns(['ij_court', 'case_id'])
    .execute();
  await db.schema.alterTable('representations').addColumn('notice_id', 'text').execute();

  await db.schema
    .createTable('hearings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proceeding_id', 'text', (c) => c.notNull().references('proceedings.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('court', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('calendar', 'text', (c) => c.notNull())
    .addColumn('medium', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('attendance', 'text')
    .execute();
  await db.schema.createIndex('hearings_court_at').on('hearings').columns(['court', 'at', 'id']).execute();
  await db.schema.createIndex('hearings_case_at').on('hearings').columns(['case_id', 'at']).execute();
  await db.schema.createIndex('hearings_proceeding').on('hearings').column('proceeding_id').execute();

  await db.schema
    .createTable('hearing_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('proceeding_id', 'text', (c) => c.notNull().references('proceedings.id'))
    .addColumn('hearing_id', 'text', (c) => c.notNull())
    .addColumn('court', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('served_at', 'text', (c) => c.notNull())
    .addColumn('served_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('hearing_notices_case')
    .on('hearing_notices')
    .columns(['case_id', 'served_at'])
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('appearance_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('counsel_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('a_number', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('consent_document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_reason', 'text')
    .addColumn('representation_id', 'text')
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('appearance_notices_case')
    .on('appearance_notices')
    .columns(['case_id', 'status'])
    .execute();
  await db.schema
    .createIndex('appearance_notices_counsel')
    .on('appearance_notices')
    .columns(['counsel_id', 'filed_at'])
    .execute();

  await db.schema
    .createTable('filings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('counsel_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('filings_case').on('filings').columns(['case_id', 'filed_at']).execute();

  await fillCourtRows(db, dialect);
}

/** Fills the new columns and the hearing rows from the records already stored (run once, by `up`). */
export async function fillCourtRows(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // The MPP hearing location while enrolled, else the one the latest return to Mexico was given.
  await (
    dialect === 'postgres'
      ? sql`update cases set nta_court = coalesce(data::json -> 'mpp' ->> 'hearingLocation', data::json -> 'returns' -> -1 ->> 'hearingLocation')`
      : sql`update cases set nta_court = coalesce(json_extract(data, '$.mpp.hearingLocation'), json_extract(data, '$.returns[#-1].hearingLocation'))`
  ).execute(db);
  await indexStoredHearings(db);
}

interface StoredHearing {
  id: string;
  at: string;
  calendar: string;
  medium: string;
  location: string;
  attendance: string | null;
}

// The hearings live inside each proceeding's document; copy them out, a page of proceedings at a time. The shape
// read here is the one stored when this migration was written (it must not follow later code).
async function indexStoredHearings(db: Kysely<unknown>): Promise<void> {
  let after = '';
  for (;;) {
    const { rows } = await sql<{ id: string; case_id: string; court: string | null; data: string }>`
      select id, case_id, court, data from proceedings where id > ${after} order by id limit ${PAGE}`.execute(
      db,
    );
    if (rows.length === 0) return;
    const hearings = rows.flatMap((p) =>
      ((JSON.parse(p.data) as { hearings?: StoredHearing[] }).hearings ?? []).map((h) => ({
        id: h.id,
        proceeding_id: p.id,
        case_id: p.case_id,
        court: p.court,
        at: h.at,
        calendar: h.calendar,
        medium: h.medium,
        location: h.location,
        attendance: h.attendance,
      })),
    );
    for (let start = 0; start < hearings.length; start += PAGE)
      await db
        .insertInto('hearings' as never)
        .values(hearings.slice(start, start + PAGE))
        .execute();
    after = rows.at(-1)!.id;
  }
}

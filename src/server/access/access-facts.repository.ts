// Loads what the need-to-know policy decides on: the case behind a record, its office, who works its screenings,
// the courts it is before and its counsel of record. The same queries run whether or not the record exists, so
// a missing record and a hidden one cost the same and answer the same.
import type { Kysely } from 'kysely';
import type { CaseAccessFacts } from '../../domain/access/need-to-know.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** The kinds of record a route may name in its path, each belonging to one case. */
export const SUBJECT_KINDS = ['case', 'screening', 'proceeding', 'flag', 'appearance', 'filing'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The case a record belongs to ('' when there is none, so the next queries still run and find nothing). */
async function caseIdOf(db: Kysely<DatabaseSchema>, kind: SubjectKind, id: string): Promise<string> {
  switch (kind) {
    case 'case':
      return id;
    case 'screening':
      return (
        (await db.selectFrom('screenings').select('case_id').where('id', '=', id).executeTakeFirst())
          ?.case_id ?? ''
      );
    case 'proceeding':
      return (
        (await db.selectFrom('proceedings').select('case_id').where('id', '=', id).executeTakeFirst())
          ?.case_id ?? ''
      );
    case 'flag':
      return (
        (await db.selectFrom('flags').select('case_id').where('id', '=', id).executeTakeFirst())?.case_id ??
        ''
      );
    case 'appearance': // a notice of appearance on an A-number with no case belongs to none
      return (
        (await db.selectFrom('appearance_notices').select('case_id').where('id', '=', id).executeTakeFirst())
          ?.case_id ?? ''
      );
    case 'filing':
      return (
        (await db.selectFrom('filings').select('case_id').where('id', '=', id).executeTakeFirst())?.case_id ??
        ''
      );
  }
}

/** The access facts of the case that a record of this kind and id belongs to, or undefined when there is none. */
export async function findAccessFacts(
  db: Kysely<DatabaseSchema>,
  kind: SubjectKind,
  id: string,
): Promise<CaseAccessFacts | undefined> {
  const caseId = await caseIdOf(db, kind, id);
  const [found, screenings, courts, counsel] = await Promise.all([
    db.selectFrom('cases').select(['id', 'office', 'nta_court']).where('id', '=', caseId).executeTakeFirst(),
    db
      .selectFrom('screenings')
      .select(['id', 'office', 'officer_id', 'status', 'ij_court'])
      .where('case_id', '=', caseId)
      .execute(),
    db.selectFrom('proceedings').select('court').where('case_id', '=', caseId).execute(),
    db
      .selectFrom('representations')
      .select('counsel_id')
      .where('case_id', '=', caseId)
      .where('ended_at', 'is', null)
      .execute(),
  ]);
  if (!found) return undefined;
  return {
    caseId: found.id,
    office: found.office,
    screenings: screenings.map((s) => ({
      id: s.id,
      office: s.office,
      officerId: s.officer_id,
      status: s.status,
    })),
    // Before the courts of its proceedings, of its IJ reviews, and the court its notice to appear names.
    courts: [
      ...new Set(
        [...courts.map((p) => p.court), ...screenings.map((s) => s.ij_court), found.nta_court].filter(
          (court): court is string => !!court,
        ),
      ),
    ],
    counselIds: counsel.map((r) => r.counsel_id),
  };
}

// Loads what the need-to-know policy decides on: the case behind a record, its office, who works its screenings,
// the courts it is before and its counsel of record. The same queries run whether or not the record exists, so
// a missing record and a hidden one cost the same and answer the same.
import type { Kysely } from 'kysely';
import type { CaseAccessFacts } from '../../domain/access/need-to-know.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** The kinds of record a route may name in its path, each belonging to one case. */
export const SUBJECT_KINDS = ['case', 'screening', 'proceeding', 'flag'] as const;
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
    db.selectFrom('cases').select(['id', 'office']).where('id', '=', caseId).executeTakeFirst(),
    db
      .selectFrom('screenings')
      .select(['id', 'office', 'officer_id', 'status'])
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
    courts: [...new Set(courts.flatMap((p) => (p.court ? [p.court] : [])))],
    counselIds: counsel.map((r) => r.counsel_id),
  };
}

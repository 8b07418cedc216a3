// Case lists and searches: the need-to-know scope is a condition of the query itself (visibleCases), so a page holds
// only cases the caller may see and paging never skips or reveals one. Newest first, by a keyset cursor.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../domain/actor.ts';
import type { CaseRecord, MppStatus, Track } from '../../domain/cases/case.ts';
import { visibleCases } from '../access/case-scope.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** What a search may ask for (every filter optional; all given ones must hold). */
export interface CaseSearchFilter {
  /** A normalised nine-digit A-number. */
  aNumber?: string;
  /** Searchable name words (person-name-key.ts): each must be part of the family or the given name. */
  nameWords?: readonly string[];
  personId?: string;
  /** A case status (open, closed) or a status one of its screenings is in. */
  caseStatus?: string;
  screeningStatus?: string;
  office?: string;
  track?: string;
  /** A screening of the case has its next time limit (screenings.due_at) passed, or due by `soonUntil`. */
  deadline?: { state: 'overdue' | 'due_soon'; now: string; soonUntil: string };
  excludeCaseId?: string;
  /** The last case of the previous page. */
  after?: { openedAt: string; id: string };
  limit: number;
}

/** One case found, with the summary fields a list shows. */
export interface CaseSearchRow {
  id: string;
  personId: string;
  office: string;
  track: Track;
  status: CaseRecord['status'];
  openedAt: string;
  mppState: MppStatus['state'];
  aNumber: string;
  familyName: string;
  givenName: string;
  nextDueAt: string | null;
  /** Is a screening of the case assigned to the caller (the officer's basis)? */
  isAssignedToCaller: boolean;
}

// LIKE with '!' as the escape character: the same on both stores, and no backslash quoting to get wrong.
const likeContaining = (word: string): string => `%${word.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** The cases the actor may see that match the filter, newest first, at most `limit`. */
export async function findVisibleCases(
  db: Kysely<DatabaseSchema>,
  actor: Actor,
  filter: CaseSearchFilter,
): Promise<CaseSearchRow[]> {
  let query = db
    .selectFrom('cases')
    .where(visibleCases(actor))
    .innerJoin('persons', 'persons.id', 'cases.person_id')
    .select((eb) => [
      'cases.id',
      'cases.person_id',
      'cases.office',
      'cases.track',
      'cases.status',
      'cases.opened_at',
      'cases.data',
      'persons.a_number',
      'persons.data as person_data',
      eb
        .selectFrom('screenings as due')
        .select((inner) => inner.fn.min('due.due_at').as('next_due'))
        .whereRef('due.case_id', '=', 'cases.id')
        .as('next_due_at'),
      eb
        .exists(
          eb
            .selectFrom('screenings as mine')
            .select(sql`1`.as('one'))
            .whereRef('mine.case_id', '=', 'cases.id')
            .where('mine.officer_id', '=', actor.id),
        )
        .as('is_assigned'),
    ]);
  if (filter.aNumber !== undefined) query = query.where('persons.a_number', '=', filter.aNumber);
  if (filter.personId !== undefined) query = query.where('cases.person_id', '=', filter.personId);
  for (const word of filter.nameWords ?? []) {
    const pattern = likeContaining(word);
    query = query.where(
      sql<boolean>`(persons.family_name_key like ${pattern} escape '!' or persons.given_name_key like ${pattern} escape '!')`,
    );
  }
  if (filter.caseStatus !== undefined) query = query.where('cases.status', '=', filter.caseStatus);
  if (filter.screeningStatus !== undefined) {
    const status = filter.screeningStatus;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('screenings as st')
          .select(sql`1`.as('one'))
          .whereRef('st.case_id', '=', 'cases.id')
          .where('st.status', '=', status),
      ),
    );
  }
  if (filter.office !== undefined) query = query.where('cases.office', '=', filter.office);
  if (filter.track !== undefined) query = query.where('cases.track', '=', filter.track);
  if (filter.deadline !== undefined) {
    const { state, now, soonUntil } = filter.deadline;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('screenings as dl')
          .select(sql`1`.as('one'))
          .whereRef('dl.case_id', '=', 'cases.id')
          .where('dl.due_at', 'is not', null)
          .$if(state === 'overdue', (q) => q.where('dl.due_at', '<', now))
          .$if(state === 'due_soon', (q) =>
            q.where('dl.due_at', '>=', now).where('dl.due_at', '<=', soonUntil),
          ),
      ),
    );
  }
  if (filter.excludeCaseId !== undefined) query = query.where('cases.id', '!=', filter.excludeCaseId);
  if (filter.after !== undefined) {
    const { openedAt, id } = filter.after;
    query = query.where((eb) =>
      eb.or([
        eb('cases.opened_at', '<', openedAt),
        eb.and([eb('cases.opened_at', '=', openedAt), eb('cases.id', '<', id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('cases.opened_at', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => {
    const person = JSON.parse(row.person_data) as { familyName: string; givenName: string };
    const record = JSON.parse(row.data) as Pick<CaseRecord, 'mpp'>;
    return {
      id: row.id,
      personId: row.person_id,
      office: row.office,
      track: row.track as Track,
      status: row.status as CaseRecord['status'],
      openedAt: row.opened_at,
      mppState: record.mpp.state,
      aNumber: row.a_number,
      familyName: person.familyName,
      givenName: person.givenName,
      nextDueAt: row.next_due_at ?? null,
      isAssignedToCaller: Number(row.is_assigned) === 1,
    };
  });
}

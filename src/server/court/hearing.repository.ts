// The hearings of every proceeding as rows: the court calendar, and a case's next hearing.
import type { Kysely } from 'kysely';
import type { Person } from '../../domain/cases/person.ts';
import type { DatabaseSchema, HearingsTable } from '../db/schema.ts';

/** A hearing on a court's calendar, with the person it concerns. */
export interface CalendarRow {
  hearing: HearingsTable;
  person: Pick<Person, 'aNumber' | 'familyName' | 'givenName'>;
}

/** A page of a court's hearings from `from` (inclusive) to `to` (exclusive), by time, after the cursor's hearing. */
export async function findCourtCalendar(
  db: Kysely<DatabaseSchema>,
  filter: { court: string; from: string; to: string; after?: { at: string; id: string }; limit: number },
): Promise<CalendarRow[]> {
  let query = db
    .selectFrom('hearings as h')
    .innerJoin('cases as c', 'c.id', 'h.case_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .selectAll('h')
    .select(['p.data as person_data'])
    .where('h.court', '=', filter.court)
    .where('h.at', '>=', filter.from)
    .where('h.at', '<', filter.to);
  const after = filter.after;
  if (after)
    query = query.where((eb) =>
      eb.or([eb('h.at', '>', after.at), eb.and([eb('h.at', '=', after.at), eb('h.id', '>', after.id)])]),
    );
  const rows = await query.orderBy('h.at').orderBy('h.id').limit(filter.limit).execute();
  return rows.map(({ person_data, ...hearing }) => {
    const person = JSON.parse(person_data) as Person;
    return {
      hearing,
      person: { aNumber: person.aNumber, familyName: person.familyName, givenName: person.givenName },
    };
  });
}

/** The earliest hearing at or after `from` of each of the cases. */
export async function findNextHearings(
  db: Kysely<DatabaseSchema>,
  caseIds: readonly string[],
  from: string,
): Promise<Map<string, HearingsTable>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('hearings')
    .selectAll()
    .where('case_id', 'in', [...caseIds])
    .where('at', '>=', from)
    .orderBy('at', 'desc')
    .execute();
  // Latest first, so the earliest of each case is the one left in the map.
  return new Map(rows.map((r) => [r.case_id, r]));
}

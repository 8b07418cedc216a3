// Counsel's clients: the cases on which counsel holds an accepted, current representation, with the person.
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/actor.ts';
import type { Person } from '../../domain/cases/person.ts';
import { visibleCases } from '../access/case-scope.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** One client's case. */
export interface ClientRow {
  caseId: string;
  status: string;
  track: string;
  openedAt: string;
  person: Pick<Person, 'aNumber' | 'familyName' | 'givenName'>;
}

/** A page of counsel's clients' cases, by the date each case opened, after the given (opened_at, id). */
export async function findClientsOfCounsel(
  db: Kysely<DatabaseSchema>,
  filter: { counsel: Actor; after?: { openedAt: string; id: string }; limit: number },
): Promise<ClientRow[]> {
  let query = db
    .selectFrom('cases')
    .innerJoin('persons', 'persons.id', 'cases.person_id')
    .select(['cases.id', 'cases.status', 'cases.track', 'cases.opened_at', 'persons.data as person_data'])
    .where(visibleCases(filter.counsel));
  const after = filter.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('cases.opened_at', '>', after.openedAt),
        eb.and([eb('cases.opened_at', '=', after.openedAt), eb('cases.id', '>', after.id)]),
      ]),
    );
  const rows = await query.orderBy('cases.opened_at').orderBy('cases.id').limit(filter.limit).execute();
  return rows.map((r) => {
    const person = JSON.parse(r.person_data) as Person;
    return {
      caseId: r.id,
      status: r.status,
      track: r.track,
      openedAt: r.opened_at,
      person: { aNumber: person.aNumber, familyName: person.familyName, givenName: person.givenName },
    };
  });
}

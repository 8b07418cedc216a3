// People: one row per A-number.
import type { Kysely } from 'kysely';
import type { Person } from '../../domain/cases/person.ts';
import { personNameKey } from '../../domain/cases/person-name-key.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { insertChunked } from '../db/insert-chunked.ts';

/** Inserts a person (the A-number is unique: a duplicate fails the transaction). */
export async function insertPerson(
  db: Kysely<DatabaseSchema>,
  person: Person,
  createdAt: string,
): Promise<void> {
  await insertPersons(db, [{ person, createdAt }]);
}

/** The person with this (normalised) A-number, or nothing. */
export async function findPersonByANumber(
  db: Kysely<DatabaseSchema>,
  aNumber: string,
): Promise<Person | undefined> {
  const row = await db
    .selectFrom('persons')
    .select('data')
    .where('a_number', '=', aNumber)
    .executeTakeFirst();
  return row ? (JSON.parse(row.data) as Person) : undefined;
}

/** The person with this id, or nothing. */
export async function findPerson(db: Kysely<DatabaseSchema>, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('persons').select('data').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.data) as Person) : undefined;
}

/** Inserts many people at once (the bulk seeder); a duplicate A-number fails the transaction. */
export async function insertPersons(
  db: Kysely<DatabaseSchema>,
  persons: readonly { person: Person; createdAt: string }[],
): Promise<void> {
  await insertChunked(
    db,
    'persons',
    persons.map(({ person, createdAt }) => ({
      id: person.id,
      a_number: person.aNumber,
      data: JSON.stringify(person),
      created_at: createdAt,
      family_name_key: personNameKey(person.familyName),
      given_name_key: personNameKey(person.givenName),
    })),
  );
}

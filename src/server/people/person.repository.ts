// People: one row per A-number.
import type { Kysely } from 'kysely';
import type { Person } from '../../domain/cases/person.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** Inserts a person (the A-number is unique: a duplicate fails the transaction). */
export async function insertPerson(
  db: Kysely<DatabaseSchema>,
  person: Person,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto('persons')
    .values({ id: person.id, a_number: person.aNumber, data: JSON.stringify(person), created_at: createdAt })
    .execute();
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
  for (let start = 0; start < persons.length; start += 1000) {
    const rows = persons.slice(start, start + 1000).map(({ person, createdAt }) => ({
      id: person.id,
      a_number: person.aNumber,
      data: JSON.stringify(person),
      created_at: createdAt,
    }));
    await db.insertInto('persons').values(rows).execute();
  }
}

// Person search: the searchable form of each person's family and given names as columns (persons.data is a JSON
// document), filled for the people already stored; and the index that pages case lists newest first.
import { sql, type Kysely } from 'kysely';
import { personNameKey } from '../../../domain/cases/person-name-key.ts';

interface Tables {
  persons: { id: string; data: string; family_name_key: string; given_name_key: string };
}

const BATCH = 500;

/** Adds and fills the name keys, and the case-list index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('persons')
    .addColumn('family_name_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('persons')
    .addColumn('given_name_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await fillPersonNameKeys(db);
  await db.schema.createIndex('cases_opened').on('cases').columns(['opened_at', 'id']).execute();
}

/** Sets the name keys of every stored person from their document. The key is made in JavaScript (the databases
 * fold case differently), so this reads and writes in batches. */
export async function fillPersonNameKeys(db: Kysely<unknown>): Promise<void> {
  const tables = db as Kysely<Tables>;
  let after = '';
  for (;;) {
    const rows = await tables
      .selectFrom('persons')
      .select(['id', 'data'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    const values = rows.map((row) => {
      const person = JSON.parse(row.data) as { familyName?: string; givenName?: string };
      return sql`(${row.id}, ${personNameKey(person.familyName ?? '')}, ${personNameKey(person.givenName ?? '')})`;
    });
    // VALUES names its columns column1, column2… on both SQLite and PostgreSQL.
    await sql`update persons set family_name_key = v.column2, given_name_key = v.column3
      from (values ${sql.join(values)}) as v where persons.id = v.column1`.execute(db);
    after = rows.at(-1)!.id;
  }
}

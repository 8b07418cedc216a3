// Migration 0007's backfill: people stored before the name keys existed get the same keys a new person gets, on
// both dialects, in batches (more people than one batch holds).
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import type { Person } from '../../../domain/cases/person.ts';
import { personNameKey } from '../../../domain/cases/person-name-key.ts';
import { insertPersons } from '../../people/person.repository.ts';
import { fillPersonNameKeys } from './0007-person-search.ts';

const person = (n: number): Person => ({
  id: `p-${String(n).padStart(4, '0')}`,
  aNumber: String(300_100_000 + n) as Person['aNumber'],
  familyName: n % 2 === 0 ? `Núñez-${n}` : `O'BRIEN ${n}`,
  givenName: `María ${n}`,
  birthDate: null,
  nationality: 'HN',
  sex: 'unknown',
  isSynthetic: true,
});

describeEachDialect('migration 0007: person name keys', (store) => {
  it('fills the keys of every stored person from their document', async () => {
    const { db } = store().database;
    const people = Array.from({ length: 1203 }, (_, i) => person(i));
    await insertPersons(
      db,
      people.map((p) => ({ person: p, createdAt: '2019-07-01T00:00:00.000Z' })),
    );
    // As a store made before 0007 holds them: no keys yet.
    await db.updateTable('persons').set({ family_name_key: '', given_name_key: '' }).execute();
    await fillPersonNameKeys(db as unknown as Kysely<unknown>);
    const rows = await db
      .selectFrom('persons')
      .select(['id', 'family_name_key', 'given_name_key'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual(
      people.map((p) => ({
        id: p.id,
        family_name_key: personNameKey(p.familyName),
        given_name_key: personNameKey(p.givenName),
      })),
    );
    expect(rows[2]).toEqual({ id: 'p-0002', family_name_key: 'nunez-2', given_name_key: 'maria 2' });
  });
});

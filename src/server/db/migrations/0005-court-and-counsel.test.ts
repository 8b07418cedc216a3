// Migration 0005 on a store that already holds cases: the court each notice to appear names and the hearing rows
// are filled in from the stored records, on both dialects.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { buildHearing, buildMppCase, buildProceeding, buildReturn } from '../../../../test/factories.ts';
import { insertCase } from '../../cases/case.repository.ts';
import { insertProceeding } from '../../court/proceeding.repository.ts';
import { insertPerson } from '../../people/person.repository.ts';
import type { ANumber } from '../../../domain/a-number.ts';
import { fillCourtRows } from './0005-court-and-counsel.ts';

describeEachDialect('migration 0005 on stored records', (store, dialect) => {
  it('fills the notice-to-appear court and the hearing rows from the documents', async () => {
    const { db } = store().database;
    await insertPerson(
      db,
      {
        id: 'person-1',
        aNumber: '970000001' as ANumber,
        familyName: 'SYNTHETIC',
        givenName: 'MIGRATION',
        birthDate: null,
        nationality: 'HN',
        sex: 'unknown',
        isSynthetic: true,
      },
      '2019-06-01T00:00:00.000Z',
    );
    const enrolled = buildMppCase();
    await insertCase(
      db,
      { ...enrolled, mpp: { ...enrolled.mpp, hearingLocation: 'ENP' } as typeof enrolled.mpp },
      '2019-06-01T00:00:00.000Z',
    );
    await insertCase(
      db,
      buildMppCase({
        id: 'case-2',
        mpp: { state: 'not_amenable', term: '2019', at: '2019-08-01T00:00:00.000Z', screeningId: 's' },
        returns: [
          buildReturn({ hearingLocation: 'ENP' }),
          buildReturn({ id: 'ret-2', hearingLocation: 'MPB' }),
        ],
      }),
      '2019-06-01T00:00:00.000Z',
    );
    await insertProceeding(
      db,
      buildProceeding({
        court: 'ENP',
        hearings: [buildHearing(), buildHearing({ id: 'hear-2', attendance: 'missed' })],
      }),
      '2019-06-01T00:00:00.000Z',
    );
    // As a store written before the migration holds them: no court columns, no hearing rows.
    await db.updateTable('cases').set({ nta_court: null }).execute();
    await db.deleteFrom('hearings').execute();

    await fillCourtRows(db as unknown as Kysely<unknown>, dialect);

    const cases = await db.selectFrom('cases').select(['id', 'nta_court']).orderBy('id').execute();
    expect(cases).toEqual([
      { id: 'case-1', nta_court: 'ENP' },
      { id: 'case-2', nta_court: 'MPB' },
    ]);
    const hearings = await db
      .selectFrom('hearings')
      .select(['id', 'proceeding_id', 'case_id', 'court', 'attendance'])
      .orderBy('id')
      .execute();
    expect(hearings).toEqual([
      { id: 'hear-1', proceeding_id: 'proc-1', case_id: 'case-1', court: 'ENP', attendance: null },
      { id: 'hear-2', proceeding_id: 'proc-1', case_id: 'case-1', court: 'ENP', attendance: 'missed' },
    ]);
  });
});

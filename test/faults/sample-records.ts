// A small synthetic record set through the service path: an MPP case enrolled with a fear claim (so a screening),
// an expedited-removal case, a harm-free second person, and two disclosure rows (the one table with generated ids).
import type { TestWorld } from '../app.ts';
import type { Result } from '../../src/domain/errors.ts';
import { claimFear, enrolCase, recordEncounter } from '../../src/server/cases/case.service.ts';

/** The value of a success; fails the test with the rejection's code and message otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The ids of what addSampleRecords recorded. */
export interface SampleRecords {
  mppCaseId: string;
  screeningId: string;
  erCaseId: string;
}

/** Records the sample set in the world's store (its clock must be after July 2019). */
export async function addSampleRecords(world: TestWorld): Promise<SampleRecords> {
  const { app, users } = world;
  const mpp = valueOf(
    await recordEncounter(app, users.intake, {
      person: {
        aNumber: 'A208-123-456',
        familyName: 'SYNTHETIC',
        givenName: 'ONE',
        nationality: 'HN',
        sex: 'female',
      },
      office: 'HOU',
      track: 'mpp',
      encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
      isSynthetic: true,
    }),
  );
  valueOf(
    await enrolCase(app, users.intake, mpp.id, {
      ntaServedAt: '2019-07-21T10:00:00Z',
      firstHearingDate: '2019-10-15',
      hearingLocation: 'ENP',
      noticeAddress: 'Domicilio conocido, Ciudad Juárez',
    }),
  );
  const screening = valueOf(
    await claimFear(app, users.intake, mpp.id, {
      at: '2019-07-21T11:00:00Z',
      raisedHow: 'when_asked',
      raisedTo: 'cbp',
      occasion: 'encounter',
    }),
  );
  const er = valueOf(
    await recordEncounter(app, users.intake, {
      person: { aNumber: '87654321', familyName: 'SYNTHETIC', givenName: 'TWO', nationality: 'SV' },
      office: 'HOU',
      track: 'expedited_removal',
      encounter: { at: '2019-09-02T08:30:00Z', place: 'Laredo sector', arrivedByLandFromMexico: true },
      isSynthetic: true,
    }),
  );
  await app.database.db
    .insertInto('disclosures')
    .values([
      {
        user_id: users.officer,
        case_id: mpp.id,
        action: 'read',
        purpose: 'synthetic test',
        legal_basis: '8 CFR 208.6 (synthetic)',
        at: '2019-08-01T10:00:00.000Z',
      },
      {
        user_id: users.analyst,
        case_id: null,
        action: 'search',
        purpose: 'synthetic test',
        legal_basis: 'aggregate statistics (synthetic)',
        at: '2019-08-02T10:00:00.000Z',
      },
    ])
    .execute();
  return { mppCaseId: mpp.id, screeningId: screening.id, erCaseId: er.id };
}

// A world for the access matrix: four synthetic cases in known relations to the test users, each with a screening,
// a proceeding and a consistency flag, built through the services. Case A is "own" for every role with a basis
// (intake and supervisor of HOU, officer1 assigned, judge1's court, counsel1 of record); B is in the same office
// but worked by officer2 before another court; C is in another office (ELP); D in a third office with nobody of
// the test's users near it.
import { randomUUID } from 'node:crypto';
import type { Result } from '../../src/domain/errors.ts';
import { SYSTEM_ACTOR_ID } from '../../src/domain/ledger/ledger-event.ts';
import type { AppContext } from '../../src/server/app-context.ts';
import { claimFear, enrolCase, recordEncounter, returnCase } from '../../src/server/cases/case.service.ts';
import { openProceeding, recordRepresentation } from '../../src/server/court/court.service.ts';
import { assignScreening } from '../../src/server/screenings/screening.service.ts';
import { createUser } from '../../src/server/users/user.service.ts';
import type { TestWorld } from '../app.ts';
import { TEST_PASSWORD } from '../http-client.ts';

/** How a record stands to the caller. */
export const RELATIONS = ['own', 'ownOffice', 'otherOffice', 'unrelated', 'nonexistent'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The ids of one case's records. */
export interface CaseRecords {
  caseId: string;
  personId: string;
  screeningId: string;
  proceedingId: string;
  flagId: string;
}

/** The matrix world's records by relation ('nonexistent' holds fresh random ids). */
export type AccessWorld = Record<Relation, CaseRecords>;

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`access world: ${result.error.code}: ${result.error.message}`);
  return result.value;
};

async function user(app: AppContext, name: string, role: string, office: string | null): Promise<string> {
  return valueOf(await createUser(app, SYSTEM_ACTOR_ID, { name, role, office, password: TEST_PASSWORD })).id;
}

async function mppCase(
  app: AppContext,
  people: { intake: string; supervisor: string; officer: string; judge: string; counsel: string | null },
  spec: { aNumber: string; office: string; court: string },
): Promise<CaseRecords> {
  const record = valueOf(
    await recordEncounter(app, people.intake, {
      person: { aNumber: spec.aNumber, familyName: 'SYNTHETIC', givenName: 'MATRIX', nationality: 'HN' },
      office: spec.office,
      track: 'mpp',
      encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
      isSynthetic: true,
    }),
  );
  valueOf(
    await enrolCase(app, people.intake, record.id, {
      ntaServedAt: '2019-07-21T10:00:00Z',
      firstHearingDate: '2019-10-15',
      hearingLocation: 'ENP',
      noticeAddress: 'Domicilio conocido (synthetic)',
    }),
  );
  // A return with an override reason raises a consistency flag: every case gets one to test flag routes on.
  valueOf(
    await returnCase(app, people.intake, record.id, {
      at: '2019-07-21T12:00:00Z',
      port: 'El Paso',
      hearingDate: '2019-10-15',
      hearingLocation: 'ENP',
      overrideReason: 'synthetic override for the access matrix',
    }),
  );
  const screening = valueOf(
    await claimFear(app, people.intake, record.id, {
      at: '2019-08-01T11:00:00Z',
      raisedHow: 'unprompted',
      raisedTo: 'cbp',
      occasion: 'other',
    }),
  );
  valueOf(await assignScreening(app, people.supervisor, screening.id, people.officer));
  const proceeding = valueOf(
    await openProceeding(app, people.judge, {
      caseId: record.id,
      kind: 'removal',
      origin: 'nta',
      court: spec.court,
      openedAt: '2019-07-22T09:00:00Z',
    }),
  );
  if (people.counsel)
    valueOf(
      await recordRepresentation(app, people.intake, {
        caseId: record.id,
        counselId: people.counsel,
        form: 'G-28',
        filedAt: '2019-07-25T09:00:00Z',
      }),
    );
  const flag = await app.database.db
    .selectFrom('flags')
    .select('id')
    .where('case_id', '=', record.id)
    .executeTakeFirstOrThrow();
  return {
    caseId: record.id,
    personId: record.personId,
    screeningId: screening.id,
    proceedingId: proceeding.id,
    flagId: flag.id,
  };
}

/** Builds the four cases (the world's clock must be after August 2019). */
export async function createAccessWorld(world: TestWorld): Promise<AccessWorld> {
  const { app, users } = world;
  const elp = {
    intake: await user(app, 'elp.intake', 'intake', 'ELP'),
    supervisor: await user(app, 'elp.supervisor', 'supervisor', 'ELP'),
    officer: await user(app, 'elp.officer', 'officer', 'ELP'),
    judge: await user(app, 'elp.judge', 'court', 'ELP'),
    counsel: await user(app, 'counsel2', 'counsel', null),
  };
  const lrd = {
    intake: await user(app, 'lrd.intake', 'intake', 'LRD'),
    supervisor: await user(app, 'lrd.supervisor', 'supervisor', 'LRD'),
    officer: await user(app, 'lrd.officer', 'officer', 'LRD'),
    judge: await user(app, 'lrd.judge', 'court', 'LRD'),
    counsel: null,
  };
  const hou = { intake: users.intake, supervisor: users.supervisor, judge: users.court };
  return {
    own: await mppCase(
      app,
      { ...hou, officer: users.officer, counsel: users.counsel },
      { aNumber: 'A200000001', office: 'HOU', court: 'HOU' },
    ),
    ownOffice: await mppCase(
      app,
      { ...hou, officer: users.officer2, judge: elp.judge, counsel: elp.counsel },
      { aNumber: 'A200000002', office: 'HOU', court: 'ELP' },
    ),
    otherOffice: await mppCase(app, elp, { aNumber: 'A200000003', office: 'ELP', court: 'ELP' }),
    unrelated: await mppCase(app, lrd, { aNumber: 'A200000004', office: 'LRD', court: 'LRD' }),
    nonexistent: {
      caseId: randomUUID(),
      personId: randomUUID(),
      screeningId: randomUUID(),
      proceedingId: randomUUID(),
      flagId: randomUUID(),
    },
  };
}

/**
 * Which relations each test user has a basis to see, written out by hand from the need-to-know rules (not computed
 * by the policy under test): intake and supervisors see their office, the officer what is assigned to them, the
 * judge the cases before their court, counsel their clients.
 */
export const EXPECTED_VISIBLE: Record<string, readonly Relation[]> = {
  intake1: ['own', 'ownOffice'],
  officer1: ['own'],
  officer2: ['ownOffice'],
  supervisor1: ['own', 'ownOffice'],
  supervisor2: ['own', 'ownOffice'],
  judge1: ['own'],
  counsel1: ['own'],
  analyst1: [],
  admin1: [],
};

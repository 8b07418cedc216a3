// A world for the access matrix: four synthetic cases in known relations to the test users, each with a screening,
// a proceeding, a consistency flag, a document its counsel of record filed and a pending notice of appearance,
// built through the services. Case A is "own" for every role with a basis (intake and supervisor of HOU, officer1
// assigned, judge1's court, counsel1 of record); B is in the same office but worked by officer2 before another
// court; C is in another office (ELP); D in a third office with nobody of the test's users near it. Beside them,
// records of no case that belong to one user: an account, officer2's bearer token, dissent and objection.
import { randomUUID } from 'node:crypto';
import type { Result } from '../../src/domain/errors.ts';
import { SYSTEM_ACTOR_ID } from '../../src/domain/ledger/ledger-event.ts';
import type { AppearanceForm } from '../../src/domain/representation/appearance-notice.ts';
import type { AppContext } from '../../src/server/app-context.ts';
import { createApiToken } from '../../src/server/auth/api-token.service.ts';
import { claimFear, enrolCase, recordEncounter, returnCase } from '../../src/server/cases/case.service.ts';
import { openProceeding, recordRepresentation } from '../../src/server/court/court.service.ts';
import { fileDissent } from '../../src/server/dissent/dissent.service.ts';
import { declineCategory } from '../../src/server/objections/objection.service.ts';
import { fileAppearanceNotice } from '../../src/server/representation/appearance.service.ts';
import { fileOnCase } from '../../src/server/representation/filing.service.ts';
import { assignScreening } from '../../src/server/screenings/screening.service.ts';
import { createUser } from '../../src/server/users/user.service.ts';
import type { TestWorld } from '../app.ts';
import { asAttachment, syntheticPdf } from '../court-cases.ts';
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
  /** A pending notice of appearance filed on the case's A-number (by NOTICE_FILER's counsel). */
  noticeId: string;
  /** A document the case's counsel of record filed on it. */
  filingId: string;
}

/** Who filed each case's pending notice of appearance: counsel1 appears before the court for its own client (an
 * EOIR-28 beside the G-28 of record); for the other cases a counsel who is none of the signed-in test users. */
export const NOTICE_FILER: Record<Exclude<Relation, 'nonexistent'>, string> = {
  own: 'counsel1',
  ownOffice: 'applying.counsel',
  otherOffice: 'applying.counsel',
  unrelated: 'applying.counsel',
};

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
  people: { intake: string; supervisor: string; officer: string; judge: string; counsel: string },
  spec: { aNumber: string; office: string; court: string; notice: { by: string; form: AppearanceForm } },
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
  valueOf(
    await recordRepresentation(app, people.intake, {
      caseId: record.id,
      counselId: people.counsel,
      form: 'G-28',
      filedAt: '2019-07-25T09:00:00Z',
    }),
  );
  const filing = valueOf(
    await fileOnCase(app, people.counsel, record.id, {
      kind: 'evidence',
      title: 'Synthetic declaration for the access matrix',
      document: asAttachment(syntheticPdf()),
    }),
  );
  const notice = valueOf(
    await fileAppearanceNotice(app, spec.notice.by, {
      form: spec.notice.form,
      aNumber: spec.aNumber,
      consent: asAttachment(syntheticPdf()),
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
    noticeId: notice.id,
    filingId: filing.id,
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
    counsel: await user(app, 'lrd.counsel', 'counsel', null),
  };
  const hou = { intake: users.intake, supervisor: users.supervisor, judge: users.court };
  const applying = await user(app, NOTICE_FILER.ownOffice, 'counsel', null);
  const g28 = { by: applying, form: 'G-28' } as const;
  return {
    own: await mppCase(
      app,
      { ...hou, officer: users.officer, counsel: users.counsel },
      {
        aNumber: 'A200000001',
        office: 'HOU',
        court: 'HOU',
        notice: { by: users.counsel, form: 'EOIR-28' },
      },
    ),
    ownOffice: await mppCase(
      app,
      { ...hou, officer: users.officer2, judge: elp.judge, counsel: elp.counsel },
      { aNumber: 'A200000002', office: 'HOU', court: 'ELP', notice: g28 },
    ),
    otherOffice: await mppCase(app, elp, { aNumber: 'A200000003', office: 'ELP', court: 'ELP', notice: g28 }),
    unrelated: await mppCase(app, lrd, { aNumber: 'A200000004', office: 'LRD', court: 'LRD', notice: g28 }),
    nonexistent: {
      caseId: randomUUID(),
      personId: randomUUID(),
      screeningId: randomUUID(),
      proceedingId: randomUUID(),
      flagId: randomUUID(),
      noticeId: randomUUID(),
      filingId: randomUUID(),
    },
  };
}

/** A record of no case that belongs to one user: the ids its routes' paths name it by, and the test users who may
 * know of it (written out by hand from each feature's rules, not computed by the code under test). */
export interface OwnedRecord {
  what: string;
  ids: Readonly<Record<string, string>>;
  knownTo: readonly string[];
}

/** Builds the records of no case: an account only administrators manage, and officer2's bearer token, policy
 * dissent (with an attachment) and standing objection to a category none of officer2's screenings is of. No test
 * user is a designated dissent reviewer, so the dissent is officer2's alone. */
export async function createOwnedRecords(world: TestWorld): Promise<OwnedRecord[]> {
  const { app, users } = world;
  const account = await user(app, 'matrix.account', 'officer', 'LRD');
  const token = valueOf(
    await createApiToken(app, SYSTEM_ACTOR_ID, { userName: 'officer2', expiresInDays: 30 }),
  ).summary;
  const dissent = valueOf(
    await fileDissent(app, users.officer2, {
      policy: 'Synthetic guidance for the access matrix',
      text: 'A synthetic dissent.',
      attachments: [
        {
          fileName: 'memo.txt',
          mediaType: 'text/plain',
          contentBase64: Buffer.from('synthetic memo').toString('base64'),
        },
      ],
    }),
  ).dissent;
  const objection = valueOf(
    await declineCategory(app, users.officer2, {
      category: 'credible_fear',
      reason: 'Synthetic conscience.',
    }),
  );
  return [
    { what: 'an account', ids: { userId: account }, knownTo: ['admin1'] },
    { what: "officer2's bearer token", ids: { tokenId: token.id }, knownTo: ['officer2', 'admin1'] },
    {
      what: "officer2's dissent",
      ids: { dissentId: dissent.id, attachmentId: dissent.attachments[0]!.id },
      knownTo: ['officer2'],
    },
    // An office's supervisors read their officers' objections (officer2 is of HOU).
    {
      what: "officer2's objection",
      ids: { objectionId: objection.objectionId },
      knownTo: ['officer2', 'supervisor1', 'supervisor2'],
    },
  ];
}

/**
 * Which relations each test user has a basis to see, written out by hand from the need-to-know rules (not computed
 * by the policy under test): intake and supervisors see their office, the officer what is assigned to them, the
 * judge the cases before their court, counsel their clients. A case's notices of appearance and filings are seen on
 * the basis of their case (a notice's reviewer must see the case it would open to counsel; a filing is part of the
 * case file), so the same relations hold for them.
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

// The seed decides nothing the domain does not: one MPP scenario runs through the live services and through the
// seed's in-memory CaseRun and batch writer, each into a fresh store of the same dialect, on the same scripted clock
// and the same id source. Both stores must hold identical rows in every domain table and identical ledger event
// bodies (type, case, actor, time, payload: ids and times included). Signatures and hashes differ (each store has its
// own keys), so they are not compared.
//
// The scenario crosses every rule the two paths share: person validation, MPP enrolment and a return, a fear claim
// referring an MPP interview, a conscientious decline and reassignment within the supervisor's office, testimony of
// harm in Mexico, a negative determination raising a flag, its return for rework, a positive one served (the case
// leaves MPP), a harm report, a representation, a hearing, a flag cleared, and a category objection and its withdrawal.
import { beforeAll, expect, it } from 'vitest';
import { createTestStore, describeEachDialect, type TestStore } from '../../../test/database.ts';
import type { Actor } from '../../domain/actor.ts';
import { enrolInMpp, returnToMexico } from '../../domain/cases/case.transitions.ts';
import * as court from '../../domain/court/proceeding.transitions.ts';
import type { Result } from '../../domain/errors.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import { assignScreening } from '../../domain/screenings/assignment.transitions.ts';
import { decideScreening, reviewDetermination } from '../../domain/screenings/determination.transitions.ts';
import { recordInterview, scheduleInterview } from '../../domain/screenings/interview.transitions.ts';
import type { Testimony } from '../../domain/screenings/screening.ts';
import { serveDetermination } from '../../domain/screenings/service-and-ij-review.transitions.ts';
import { createAppContext, type AppContext } from '../../server/app-context.ts';
import * as cases from '../../server/cases/case.service.ts';
import * as courts from '../../server/court/court.service.ts';
import type { Dialect } from '../../server/db/dialect.ts';
import { clearFlag } from '../../server/flags/flag.service.ts';
import { findFlagsOfCase } from '../../server/flags/flag.repository.ts';
import type { BatchSigner } from '../../server/ledger/ledger.repository.ts';
import { verifyLedger } from '../../server/ledger/ledger.verify.ts';
import { signerFor } from '../../server/ledger/signing-keys.ts';
import { findDeclinedCategories } from '../../server/objections/objection.repository.ts';
import { declineCategory, withdrawCategoryObjection } from '../../server/objections/objection.service.ts';
import * as screenings from '../../server/screenings/screening.service.ts';
import { createUser } from '../../server/users/user.service.ts';
import { findUserById } from '../../server/users/user.repository.ts';
import { CaseRun } from './case-run.ts';
import { Random } from '../random.ts';
import { writeSeedBatch } from './seed-writer.ts';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

// UUID-shaped ids counted from 1: both paths must draw them in the same order for the same records.
function countingIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

// The scripted clock: each command of the scenario happens at its own instant, on both paths.
const AT = {
  staff: '2019-01-07T15:00:00.000Z',
  categoryObjection: '2019-04-15T16:00:00.000Z',
  encounter: '2019-07-01T14:00:00.000Z',
  recorded: '2019-07-01T16:00:00.000Z',
  enrolled: '2019-07-01T18:00:00.000Z',
  proceedingOpened: '2019-07-01T20:00:00.000Z',
  returned: '2019-07-02T09:00:00.000Z',
  hearingScheduled: '2019-07-02T10:00:00.000Z',
  harmReported: '2019-07-20T10:00:00.000Z',
  represented: '2019-07-22T10:00:00.000Z',
  fearClaimed: '2019-07-25T15:00:00.000Z',
  assigned: '2019-07-25T16:00:00.000Z',
  declined: '2019-07-25T17:00:00.000Z',
  reassigned: '2019-07-25T18:00:00.000Z',
  scheduled: '2019-07-25T18:30:00.000Z',
  interviewAt: '2019-07-26T09:00:00.000Z',
  interviewed: '2019-07-26T10:30:00.000Z',
  decidedNegative: '2019-07-26T12:00:00.000Z',
  returnedForRework: '2019-07-26T15:00:00.000Z',
  decidedPositive: '2019-07-27T10:00:00.000Z',
  concurred: '2019-07-27T12:00:00.000Z',
  served: '2019-07-27T14:00:00.000Z',
  flagCleared: '2019-07-28T10:00:00.000Z',
  objectionWithdrawn: '2019-08-01T10:00:00.000Z',
} as const;

const STAFF = [
  { name: 'elp.intake', role: 'intake', office: 'ELP' },
  { name: 'elp.officer1', role: 'officer', office: 'ELP' },
  { name: 'elp.officer2', role: 'officer', office: 'ELP' },
  { name: 'elp.officer3', role: 'officer', office: 'ELP' },
  { name: 'elp.supervisor', role: 'supervisor', office: 'ELP' },
  { name: 'elp.judge', role: 'court', office: 'ELP' },
  { name: 'counsel1', role: 'counsel', office: null },
  { name: 'hou.officer1', role: 'officer', office: 'HOU' },
] as const;
type StaffName = (typeof STAFF)[number]['name'];

const PERSON = {
  aNumber: 'A900-000-001',
  familyName: 'SYNTHETIC-1',
  givenName: 'Ana',
  birthDate: '1990-04',
  nationality: 'HN',
  sex: 'female',
} as const;
const ENCOUNTER = { at: AT.encounter, place: 'El Paso POE', arrivedByLandFromMexico: true };
const ENROLMENT = {
  ntaServedAt: AT.enrolled,
  firstHearingDate: '2019-09-10',
  hearingLocation: 'El Paso MPP court',
  noticeAddress: 'Albergue Casa del Migrante, Ciudad Juárez',
};
const RETURN = { port: 'Paso del Norte', hearingDate: '2019-09-10', hearingLocation: 'El Paso MPP court' };
const PROCEEDING = { kind: 'removal', origin: 'nta', court: 'ELP' } as const;
const HEARING = {
  at: '2019-09-10T15:00:00.000Z',
  calendar: 'master',
  location: 'El Paso MPP court',
  medium: 'video',
} as const;
const HARM = {
  kind: 'extortion',
  occurredOn: '2019-07-10',
  place: 'Ciudad Juárez',
  source: 'applicant',
  description: 'Made to pay for passage to reach the hearing.',
} as const;
const FEAR = { raisedHow: 'unprompted', raisedTo: 'cbp', occasion: 'hearing_presentation' } as const;
const TESTIMONY: Testimony = {
  fearOf: ['cartel'],
  harmSuffered: [{ where: 'mexico', kind: 'kidnapping', when: '2019-07-10' }],
  protectedGrounds: ['particular_social_group'],
  tortureClaimed: false,
  language: 'Spanish',
  interpreterUsed: true,
  counselPresent: false,
};
const DECLINE = 'I cannot in good conscience apply a standard that returns people to danger in Mexico.';
const CATEGORY = { category: 'mpp_interview', reason: 'Declining MPP interviews on grounds of conscience.' };
const NEGATIVE = {
  result: 'negative',
  standard: 'more_likely_than_not',
  reasoning: 'Harm by private actors.',
};
const POSITIVE = {
  result: 'positive',
  standard: 'more_likely_than_not',
  reasoning: 'Persecution in Mexico more likely than not.',
};
const REWORK = { outcome: 'return', note: 'The testimony records a kidnapping in Mexico: weigh it.' };
const CLEARING = 'Returned for rework; the new determination is positive.';

/** One store, its app context on the scripted clock and counting ids, and its staff. */
interface World {
  app: AppContext;
  setNow: (at: string) => void;
  staff: Record<StaffName, Actor>;
}

// The staff and the standing objection are made the way the seed makes them (seed-users): through the services.
async function openWorld(store: TestStore): Promise<World> {
  let now: string = AT.staff;
  const app = await createAppContext(
    { dataDir: store.dataDir, databaseUrl: store.databaseUrl },
    () => now,
    countingIds(),
  );
  const staff = {} as Record<StaffName, Actor>;
  for (const spec of STAFF) {
    const user = value(
      await createUser(app, SYSTEM_ACTOR_ID, { ...spec, password: 'synthetic-test-password' }),
    );
    staff[spec.name] = { id: user.id, role: spec.role, office: spec.office };
  }
  now = AT.categoryObjection;
  value(await declineCategory(app, staff['elp.officer3'].id, CATEGORY));
  return { app, staff, setNow: (at) => (now = at) };
}

/** The scenario through the services, as the API will run it. Returns the case id. */
async function runThroughServices(world: World): Promise<string> {
  const { app, staff, setNow } = world;
  const as = (name: StaffName): string => staff[name].id;
  setNow(AT.recorded);
  const invalid = await cases.recordEncounter(app, as('elp.intake'), {
    person: { ...PERSON, nationality: 'Honduras' },
    office: 'ELP',
    track: 'mpp',
    encounter: ENCOUNTER,
    isSynthetic: true,
  });
  expect(invalid.ok ? 'ok' : invalid.error.details).toEqual({ field: 'person.nationality' });
  const caseId = value(
    await cases.recordEncounter(app, as('elp.intake'), {
      person: PERSON,
      office: 'ELP',
      track: 'mpp',
      encounter: ENCOUNTER,
      isSynthetic: true,
    }),
  ).id;
  setNow(AT.enrolled);
  value(await cases.enrolCase(app, as('elp.intake'), caseId, ENROLMENT));
  setNow(AT.proceedingOpened);
  const proceedingId = value(
    await courts.openProceeding(app, as('elp.judge'), {
      caseId,
      ...PROCEEDING,
      openedAt: AT.proceedingOpened,
    }),
  ).id;
  setNow(AT.returned);
  value(await cases.returnCase(app, as('elp.intake'), caseId, { at: AT.returned, ...RETURN }));
  setNow(AT.hearingScheduled);
  value(await courts.scheduleHearing(app, as('elp.judge'), proceedingId, HEARING));
  setNow(AT.harmReported);
  value(await cases.reportHarmAfterReturn(app, as('elp.intake'), caseId, HARM));
  setNow(AT.represented);
  value(
    await courts.recordRepresentation(app, as('elp.judge'), {
      caseId,
      counselId: as('counsel1'),
      form: 'EOIR-28',
      filedAt: AT.represented,
    }),
  );
  setNow(AT.fearClaimed);
  const screeningId = value(
    await cases.claimFear(app, as('elp.intake'), caseId, { at: AT.fearClaimed, ...FEAR }),
  ).id;
  setNow(AT.assigned);
  const supervisor = as('elp.supervisor');
  const elsewhere = await screenings.assignScreening(app, supervisor, screeningId, as('hou.officer1'));
  expect(elsewhere.ok ? 'ok' : elsewhere.error.code).toBe('FORBIDDEN');
  const objector = await screenings.assignScreening(app, supervisor, screeningId, as('elp.officer3'));
  expect(objector.ok ? 'ok' : objector.error.code).toBe('CONFLICT');
  value(await screenings.assignScreening(app, supervisor, screeningId, as('elp.officer1')));
  setNow(AT.declined);
  value(await screenings.declineScreening(app, as('elp.officer1'), screeningId, DECLINE));
  setNow(AT.reassigned);
  value(await screenings.assignScreening(app, supervisor, screeningId, as('elp.officer2')));
  const officer = as('elp.officer2');
  setNow(AT.scheduled);
  value(await screenings.scheduleInterview(app, officer, screeningId, { interviewAt: AT.interviewAt }));
  setNow(AT.interviewed);
  value(
    await screenings.recordInterview(app, officer, screeningId, { at: AT.interviewAt, testimony: TESTIMONY }),
  );
  setNow(AT.decidedNegative);
  value(await screenings.decideScreening(app, officer, screeningId, NEGATIVE));
  setNow(AT.returnedForRework);
  value(await screenings.reviewDetermination(app, supervisor, screeningId, REWORK));
  setNow(AT.decidedPositive);
  value(await screenings.decideScreening(app, officer, screeningId, POSITIVE));
  setNow(AT.concurred);
  value(await screenings.reviewDetermination(app, supervisor, screeningId, { outcome: 'concur', note: '' }));
  setNow(AT.served);
  value(await screenings.serveDetermination(app, officer, screeningId, { at: AT.served }));
  setNow(AT.flagCleared);
  const [flag] = await findFlagsOfCase(app.database.db, caseId);
  value(await clearFlag(app, supervisor, flag!.id, CLEARING));
  return caseId;
}

/** The same scenario the way the seed runs it: commands in memory through CaseRun, stored by the batch writer. The
 * ids are drawn from the same source in the order the services draw them. */
async function runThroughSeed(world: World): Promise<string> {
  const { app, staff } = world;
  const newId = app.newId;
  const intake = staff['elp.intake'];
  const judge = staff['elp.judge'];
  const supervisor = staff['elp.supervisor'];
  const run = new CaseRun(Random.forStream(1), 'seed parity scenario', newId);
  const person = { ...PERSON, id: newId(), isSynthetic: true };
  const caseId = newId();
  run.open(intake, AT.recorded, person, true, {
    id: caseId,
    personId: person.id,
    nationality: PERSON.nationality,
    office: 'ELP',
    track: 'mpp',
    encounter: ENCOUNTER,
    vulnerabilities: [],
    isSynthetic: true,
  });
  run.changeCase(intake, AT.enrolled, (record, ctx) =>
    enrolInMpp(record, { ...ENROLMENT, nationality: PERSON.nationality }, ctx),
  );
  const proceedingId = newId();
  run.openProceeding(judge, AT.proceedingOpened, (ctx) =>
    court.openProceeding({ id: proceedingId, caseId, ...PROCEEDING, openedAt: AT.proceedingOpened }, ctx),
  );
  const returnId = newId();
  run.changeCase(intake, AT.returned, (record, ctx) =>
    returnToMexico(
      record,
      { id: returnId, at: AT.returned, ...RETURN, hasOpenScreening: run.hasOpenScreening() },
      ctx,
    ),
  );
  const hearingId = newId();
  run.changeProceeding(judge, AT.hearingScheduled, proceedingId, (p, ctx) =>
    court.scheduleHearing(p, { id: hearingId, ...HEARING }, ctx),
  );
  run.reportHarm(intake, AT.harmReported, { id: newId(), ...HARM });
  run.recordRepresentation(judge, AT.represented, {
    id: newId(),
    counsel: staff.counsel1,
    form: 'EOIR-28',
  });
  const screeningId = newId();
  run.claimFear(intake, AT.fearClaimed, { id: newId(), at: AT.fearClaimed, ...FEAR, screeningId });
  const assign = async (at: string, officer: Actor): Promise<void> => {
    const declinedCategories = await findDeclinedCategories(app.database.db, officer.id);
    run.changeScreening(supervisor, at, screeningId, (s, ctx) =>
      assignScreening(
        s,
        {
          officerId: officer.id,
          officerRole: officer.role,
          officerOffice: officer.office,
          declinedCategories,
        },
        ctx,
      ),
    );
  };
  await assign(AT.assigned, staff['elp.officer1']);
  run.declineScreening(staff['elp.officer1'], AT.declined, screeningId, {
    reason: DECLINE,
    objectionId: newId(),
  });
  await assign(AT.reassigned, staff['elp.officer2']);
  const officer = staff['elp.officer2'];
  run.changeScreening(officer, AT.scheduled, screeningId, (s, ctx) =>
    scheduleInterview(s, { interviewAt: AT.interviewAt }, ctx),
  );
  run.changeScreening(officer, AT.interviewed, screeningId, (s, ctx) =>
    recordInterview(s, { at: AT.interviewAt, testimony: TESTIMONY }, ctx),
  );
  run.changeScreening(officer, AT.decidedNegative, screeningId, (s, ctx) =>
    decideScreening(s, NEGATIVE, ctx),
  );
  run.changeScreening(supervisor, AT.returnedForRework, screeningId, (s, ctx) =>
    reviewDetermination(s, REWORK, ctx),
  );
  run.changeScreening(officer, AT.decidedPositive, screeningId, (s, ctx) =>
    decideScreening(s, POSITIVE, ctx),
  );
  run.changeScreening(supervisor, AT.concurred, screeningId, (s, ctx) =>
    reviewDetermination(s, { outcome: 'concur', note: '' }, ctx),
  );
  run.changeScreening(officer, AT.served, screeningId, (s, ctx) =>
    serveDetermination(s, { at: AT.served }, ctx),
  );
  run.clearFlag(supervisor, AT.flagCleared, run.openFlags()[0]!.id, CLEARING);
  await writeSeedBatch(app, await signerOfEach(app, Object.values(staff)), [run.finish()]);
  return caseId;
}

async function signerOfEach(app: AppContext, actors: readonly Actor[]): Promise<BatchSigner> {
  const signers = new Map<string, ReturnType<typeof signerFor>>();
  for (const actor of actors)
    signers.set(actor.id, signerFor((await findUserById(app.database.db, actor.id))!, app.masterKey));
  return (items) => Promise.resolve(items.map((item) => signers.get(item.actorId)!.sign(item.digest)));
}

// After the case, the objector withdraws their standing objection (a staff command: the services on both paths).
async function withdrawStandingObjection(world: World): Promise<void> {
  world.setNow(AT.objectionWithdrawn);
  const objector = world.staff['elp.officer3'].id;
  const row = await world.app.database.db
    .selectFrom('objections')
    .select('id')
    .where('officer_id', '=', objector)
    .executeTakeFirstOrThrow();
  value(await withdrawCategoryObjection(world.app, objector, row.id));
}

/** Every domain table's rows (sorted), and the ledger's event bodies in order, past the store's own genesis. */
async function snapshot(app: AppContext) {
  const { db } = app.database;
  const tables = {
    users: await db
      .selectFrom('users')
      .select(['id', 'name', 'role', 'office', 'created_at', 'disabled_at'])
      .where('id', '!=', SYSTEM_ACTOR_ID)
      .orderBy('id')
      .execute(),
    sessions: await db.selectFrom('sessions').selectAll().orderBy('id').execute(),
    persons: await db.selectFrom('persons').selectAll().orderBy('id').execute(),
    cases: await db.selectFrom('cases').selectAll().orderBy('id').execute(),
    screenings: await db.selectFrom('screenings').selectAll().orderBy('id').execute(),
    proceedings: await db.selectFrom('proceedings').selectAll().orderBy('id').execute(),
    harm_reports: await db.selectFrom('harm_reports').selectAll().orderBy('id').execute(),
    flags: await db.selectFrom('flags').selectAll().orderBy('id').execute(),
    objections: await db.selectFrom('objections').selectAll().orderBy('id').execute(),
    representations: await db.selectFrom('representations').selectAll().orderBy('id').execute(),
    disclosures: await db.selectFrom('disclosures').selectAll().orderBy('id').execute(),
  };
  const events = (
    await db
      .selectFrom('ledger_events')
      .select(['type', 'case_id', 'actor_id', 'occurred_at', 'payload'])
      .where('seq', '>', 1)
      .orderBy('seq')
      .execute()
  ).map((e) => ({
    ...e,
    // Each store draws its own signing keys: the registered public key is the one field that must differ.
    payload: e.payload.replace(/"publicKey":"[^"]*"/, '"publicKey":"(the store\'s own)"'),
  }));
  return { tables, events };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

describeEachDialect('one scenario through the services and through the seed', (store, dialect: Dialect) => {
  let viaServices: Snapshot;
  let viaSeed: Snapshot;
  let caseIds: string[];

  beforeAll(async () => {
    const services = await openWorld(store());
    const seedStore = await createTestStore(dialect);
    const seed = await openWorld(seedStore);
    try {
      caseIds = [await runThroughServices(services), await runThroughSeed(seed)];
      await withdrawStandingObjection(services);
      await withdrawStandingObjection(seed);
      viaServices = await snapshot(services.app);
      viaSeed = await snapshot(seed.app);
      expect((await verifyLedger(services.app.database)).ok).toBe(true);
      expect((await verifyLedger(seed.app.database)).ok).toBe(true);
    } finally {
      await services.app.database.close();
      await seed.app.database.close();
      await seedStore.dispose();
    }
  });

  it('ran the whole scenario on both paths: the case left MPP, every kind of record is there', () => {
    expect(caseIds[1]).toBe(caseIds[0]);
    const { tables } = viaServices;
    const record = JSON.parse(tables.cases[0]!.data) as { mpp: { state: string } };
    expect(record.mpp.state).toBe('not_amenable');
    expect(JSON.parse(tables.persons[0]!.data)).toMatchObject({ aNumber: '900000001', nationality: 'HN' });
    expect(tables.objections.map((o) => [o.category, o.screening_id !== null, o.withdrawn_at])).toEqual([
      ['mpp_interview', false, AT.objectionWithdrawn],
      [null, true, null],
    ]);
    expect(tables.flags.map((f) => [f.kind, f.status, f.cleared_at])).toEqual([
      ['negative_mpp_despite_harm_in_mexico', 'cleared', AT.flagCleared],
    ]);
    expect([tables.harm_reports.length, tables.representations.length, tables.proceedings.length]).toEqual([
      1, 1, 1,
    ]);
    expect(viaServices.events.map((e) => e.type)).toContain('mpp.not_amenable');
  });

  it('stores identical rows in every domain table', () => {
    for (const table of Object.keys(viaServices.tables) as (keyof Snapshot['tables'])[])
      expect(viaSeed.tables[table], table).toEqual(viaServices.tables[table]);
  });

  it('records identical event bodies in the same order, ids and times included', () => {
    expect(viaSeed.events.length).toBeGreaterThan(40);
    expect(viaSeed.events).toEqual(viaServices.events);
  });
});

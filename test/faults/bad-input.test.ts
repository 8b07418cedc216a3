// Bad input and commands out of order, on both dialects: each is one clear AppError (a stable code, one line that
// names the problem), and the store is byte-for-byte what it was (every row, and the ledger head).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../app.ts';
import { describeEachDialect } from '../database.ts';
import { AppError, type ErrorCode, type Result } from '../../src/domain/errors.ts';
import {
  claimFear,
  enrolCase,
  exemptCase,
  recordEncounter,
  returnCase,
  type EncounterInput,
} from '../../src/server/cases/case.service.ts';
import { getHead } from '../../src/server/ledger/ledger.repository.ts';
import { declineCategory } from '../../src/server/objections/objection.service.ts';
import * as screenings from '../../src/server/screenings/screening.service.ts';
import { addSampleRecords, type SampleRecords } from './sample-records.ts';
import { digestStore } from './store-digest.ts';

const encounter = (
  overrides: { aNumber?: string; at?: string; track?: string; nationality?: string } = {},
): EncounterInput => ({
  person: {
    aNumber: overrides.aNumber ?? 'A301-000-001',
    familyName: 'SYNTHETIC',
    givenName: 'BAD INPUT',
    nationality: overrides.nationality ?? 'GT',
  },
  office: 'HOU',
  track: overrides.track ?? 'expedited_removal',
  encounter: {
    at: overrides.at ?? '2019-11-02T08:30:00Z',
    place: 'Laredo sector',
    arrivedByLandFromMexico: true,
  },
  isSynthetic: true,
});

describeEachDialect('bad input and commands out of order', (store) => {
  let world: TestWorld;
  let sample: SampleRecords;

  beforeAll(async () => {
    world = await createTestWorld(store(), '2020-01-15T12:00:00.000Z');
    sample = await addSampleRecords(world);
  });
  afterAll(async () => world.dispose());

  async function expectCleanRejection<T>(
    attempt: () => Promise<Result<T>>,
    code: ErrorCode,
    message: RegExp,
  ): Promise<void> {
    const { database } = world.app;
    const [before, head] = [await digestStore(database), await getHead(database.db)];
    const result = await attempt();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(AppError);
    expect({ code: result.error.code, message: result.error.message }).toEqual({
      code,
      message: expect.stringMatching(message) as unknown,
    });
    expect(result.error.message).not.toContain('\n');
    expect(await getHead(database.db)).toEqual(head);
    expect(await digestStore(database)).toBe(before);
  }

  for (const aNumber of ['A12-345', '1234567890', 'A0X1-234-567', '000000000', '']) {
    it(`rejects the malformed A-number "${aNumber}"`, async () => {
      await expectCleanRejection(
        () => recordEncounter(world.app, world.users.intake, encounter({ aNumber })),
        'VALIDATION_FAILED',
        /not an A-number|cannot be all zeros/,
      );
    });
  }

  it('rejects an encounter dated in the future, and a date that does not exist', async () => {
    await expectCleanRejection(
      () => recordEncounter(world.app, world.users.intake, encounter({ at: '2020-03-01T00:00:00Z' })),
      'VALIDATION_FAILED',
      /in the future/,
    );
    await expectCleanRejection(
      () => recordEncounter(world.app, world.users.intake, encounter({ at: '2019-02-30T10:00:00Z' })),
      'VALIDATION_FAILED',
      /must be a date and time/,
    );
  });

  it('rejects a fear claim dated in the future', async () => {
    await expectCleanRejection(
      () =>
        claimFear(world.app, world.users.intake, sample.erCaseId, {
          at: '2021-01-01T00:00:00Z',
          raisedHow: 'unprompted',
          raisedTo: 'cbp',
          occasion: 'encounter',
        }),
      'VALIDATION_FAILED',
      /in the future/,
    );
  });

  it('rejects an unknown track, exemption reason, screening kind and country code', async () => {
    await expectCleanRejection(
      () => recordEncounter(world.app, world.users.intake, encounter({ track: 'remain_in_mexico' })),
      'VALIDATION_FAILED',
      /Unknown track "remain_in_mexico"/,
    );
    await expectCleanRejection(
      () =>
        exemptCase(world.app, world.users.intake, sample.mppCaseId, {
          reason: 'felt_like_it',
          note: 'x',
          at: '2019-07-22T10:00:00Z',
        }),
      'VALIDATION_FAILED',
      /"felt_like_it" is not an MPP exemption/,
    );
    await expectCleanRejection(
      () =>
        declineCategory(world.app, world.users.officer, {
          category: 'asylum_interview',
          reason: 'conscience',
        }),
      'VALIDATION_FAILED',
      /Unknown category "asylum_interview"/,
    );
    await expectCleanRejection(
      () => recordEncounter(world.app, world.users.intake, encounter({ nationality: 'Honduras' })),
      'VALIDATION_FAILED',
      /two-letter country code/,
    );
  });

  it('rejects commands out of order', async () => {
    const { app, users } = world;
    await expectCleanRejection(
      () =>
        enrolCase(app, users.intake, sample.erCaseId, {
          ntaServedAt: '2019-11-03T10:00:00Z',
          firstHearingDate: '2020-02-01',
          hearingLocation: 'LRD',
          noticeAddress: null,
        }),
      'INVALID_TRANSITION',
      /cannot be enrolled/,
    );
    await expectCleanRejection(
      () =>
        enrolCase(app, users.intake, sample.mppCaseId, {
          ntaServedAt: '2019-07-21T10:00:00Z',
          firstHearingDate: '2019-10-15',
          hearingLocation: 'ENP',
          noticeAddress: null,
        }),
      'INVALID_TRANSITION',
      /"enrolled"/,
    );
    await expectCleanRejection(
      () =>
        returnCase(app, users.intake, sample.mppCaseId, {
          at: '2019-07-22T08:00:00Z',
          port: 'Paso del Norte',
          hearingDate: '2019-10-15',
          hearingLocation: 'ENP',
        }),
      'INVALID_TRANSITION',
      /not yet decided/,
    );
    await expectCleanRejection(
      () =>
        screenings.decideScreening(app, users.officer, sample.screeningId, {
          result: 'negative',
          standard: 'more_likely_than_not',
          reasoning: 'x',
        }),
      'INVALID_TRANSITION',
      /decide/,
    );
    await expectCleanRejection(
      () =>
        screenings.serveDetermination(app, users.officer, sample.screeningId, {
          at: '2019-07-22T08:00:00Z',
        }),
      'INVALID_TRANSITION',
      /serve/,
    );
    await expectCleanRejection(
      () =>
        screenings.reviewDetermination(app, users.supervisor, sample.screeningId, {
          outcome: 'concur',
          note: '',
        }),
      'INVALID_TRANSITION',
      /review/,
    );
  });

  it('still accepts a good command afterwards, and it appends to the same chain', async () => {
    const head = await getHead(world.app.database.db);
    const result = await recordEncounter(
      world.app,
      world.users.intake,
      encounter({ aNumber: 'A301-000-002' }),
    );
    expect(result.ok).toBe(true);
    expect((await getHead(world.app.database.db)).seq).toBeGreaterThan(head.seq);
  });
});

// A world for the screening-workflow route tests: synthetic cases opened through the intake services (intake's own
// routes are tested with intake), signed-in callers, users of another office, and small helpers that read answers.
import type { Hono } from 'hono';
import { expect } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import type { Dialect } from '../../db/dialect.ts';
import { signInAs, TEST_PASSWORD, type ApiCaller } from '../../../../test/http-client.ts';
import type { Result } from '../../../domain/errors.ts';
import { SYSTEM_ACTOR_ID } from '../../../domain/ledger/ledger-event.ts';
import { claimFear, enrolCase, recordEncounter } from '../../cases/case.service.ts';
import { createHttpApp } from '../../http/app.ts';
import { readCaseEvents } from '../../ledger/ledger.repository.ts';
import { createUser } from '../../users/user.service.ts';

/** The instant the screening world starts at: inside the 2019 MPP period, after every fixture date. */
export const WORLD_START = '2019-08-01T12:00:00.000Z';

/** The value of a success; a rejection fails the test with its code and message. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A test world with its HTTP app and the ids of another office's (ELP) staff. */
export interface ScreeningWorld {
  world: TestWorld;
  http: Hono;
  elp: { intake: string; supervisor: string; officer: string };
  /** Signs a user in (again: moving the clock ends idle sessions). */
  as(name: string): Promise<ApiCaller>;
  dispose(): Promise<void>;
}

/** Creates a user in the test world (another office's, or a second officer), password TEST_PASSWORD. */
export async function addUser(world: TestWorld, name: string, role: string, office: string): Promise<string> {
  return valueOf(
    await createUser(world.app, SYSTEM_ACTOR_ID, { name, role, office, password: TEST_PASSWORD }),
  ).id;
}

/** Builds the world (users of HOU from test/app.ts, plus elp.intake, elp.supervisor and elp.officer). */
export async function createScreeningWorld(dialect: Dialect, now = WORLD_START): Promise<ScreeningWorld> {
  const world = await createTestWorld(dialect, now);
  const http = createHttpApp(world.app, { isDemo: false });
  const elp = {
    intake: await addUser(world, 'elp.intake', 'intake', 'ELP'),
    supervisor: await addUser(world, 'elp.supervisor', 'supervisor', 'ELP'),
    officer: await addUser(world, 'elp.officer', 'officer', 'ELP'),
  };
  return { world, http, elp, as: (name) => signInAs(http, name), dispose: () => world.dispose() };
}

/** Which kind of screening a fixture case opens: an MPP interview, a credible fear or a reasonable fear. */
export type FixtureTrack = 'mpp' | 'expedited_removal' | 'reinstatement';

let aNumbers = 0;

/** Opens a synthetic case on the track (by `intakeId`, in `office`) and refers a screening on a fear claim. */
export async function openScreening(
  world: TestWorld,
  options: { track: FixtureTrack; office?: string; intakeId?: string; claimAt?: string },
): Promise<{ caseId: string; screeningId: string }> {
  const intake = options.intakeId ?? world.users.intake;
  const record = valueOf(
    await recordEncounter(world.app, intake, {
      person: {
        aNumber: `2${String(70000000 + ++aNumbers)}`,
        familyName: 'SYNTHETIC',
        givenName: 'SCREENING',
        nationality: 'HN',
      },
      office: options.office ?? 'HOU',
      track: options.track,
      encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
      isSynthetic: true,
    }),
  );
  if (options.track === 'mpp')
    valueOf(
      await enrolCase(world.app, intake, record.id, {
        ntaServedAt: '2019-07-21T10:00:00Z',
        firstHearingDate: '2019-10-15',
        hearingLocation: 'ENP',
        noticeAddress: 'Domicilio conocido (synthetic)',
      }),
    );
  const screening = valueOf(
    await claimFear(world.app, intake, record.id, {
      at: options.claimAt ?? '2019-07-21T11:00:00Z',
      raisedHow: 'unprompted',
      raisedTo: 'cbp',
      occasion: 'encounter',
    }),
  );
  return { caseId: record.id, screeningId: screening.id };
}

/** Testimony with harm already suffered in Mexico (a negative MPP determination on it raises a flag). */
export const TESTIMONY_WITH_HARM_IN_MEXICO = {
  fearOf: ['a cartel in Ciudad Juárez'],
  harmSuffered: [{ where: 'mexico', kind: 'kidnapping', when: '2019-07-10' }],
  protectedGrounds: ['particular_social_group'],
  tortureClaimed: false,
  language: 'Spanish',
  interpreterUsed: true,
  counselPresent: false,
};

/** Sends a request and returns its status and parsed JSON body. */
export async function call(
  caller: ApiCaller,
  method: string,
  path: string,
  body?: unknown,
): Promise<{
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string } };
}> {
  const response = await caller.request(method, path, body);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as never) : {} };
}

/** Expects a success status and returns the body. */
export async function ok<T = Record<string, unknown>>(
  caller: ApiCaller,
  method: string,
  path: string,
  body?: unknown,
  status = 200,
): Promise<T> {
  const answer = await call(caller, method, path, body);
  expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBe(status);
  return answer.body as T;
}

/** Expects the "not found" a nonexistent id gets, byte for byte. */
export async function expectLooksMissing(
  caller: ApiCaller,
  method: string,
  path: string,
  missingPath: string,
  body?: unknown,
): Promise<void> {
  const hidden = await caller.request(method, path, body);
  const missing = await caller.request(method, missingPath, body);
  const hiddenText = await hidden.text();
  expect(hidden.status, `${method} ${path}: ${hiddenText}`).toBe(404);
  expect({ status: hidden.status, body: hiddenText }).toEqual({
    status: missing.status,
    body: await missing.text(),
  });
}

/** The types of the events recorded on a case, in order. */
export async function caseEventTypes(world: TestWorld, caseId: string): Promise<string[]> {
  return (await readCaseEvents(world.app.database.db, caseId)).map((e) => e.type);
}

// Helpers for the intake, case-file, harm and search route tests: request bodies with synthetic data, typed reading
// of answers, and extra users in other offices.
import type { z } from '@hono/zod-openapi';
import type { ApiCaller } from '../../../../test/http-client.ts';
import { TEST_PASSWORD } from '../../../../test/http-client.ts';
import type { AppContext } from '../../app-context.ts';
import { SYSTEM_ACTOR_ID } from '../../../domain/ledger/ledger-event.ts';
import { createUser } from '../../users/user.service.ts';
import type { CaseSearchPageSchema } from '../../search/routes/search.schemas.ts';
import type { CaseFileSchema, CaseSchema, ScreeningSummarySchema } from './case-file.schemas.ts';
import type { EncounterResultSchema } from './intake.schemas.ts';

export type CaseFileBody = z.infer<typeof CaseFileSchema>;
export type CaseBody = z.infer<typeof CaseSchema>;
export type ScreeningBody = z.infer<typeof ScreeningSummarySchema>;
export type EncounterBody = z.infer<typeof EncounterResultSchema>;
export type SearchPageBody = z.infer<typeof CaseSearchPageSchema>;

/** The one error shape. */
export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

/** The field-level issues of a 400. */
export const issuesOf = (body: ErrorBody) =>
  (body.error.details.issues ?? []) as Array<{ in: string; field: string; message: string }>;

/** Reads a JSON answer as the given shape. */
export const readJson = async <T>(response: Response): Promise<T> => (await response.json()) as T;

/** An encounter body: a synthetic person on the MPP track at El Paso, July 2019. */
export function encounterBody(
  aNumber: string,
  overrides: { person?: Record<string, unknown>; [key: string]: unknown } = {},
): Record<string, unknown> {
  const { person, ...rest } = overrides;
  return {
    person: {
      aNumber,
      familyName: 'SYNTHETIC',
      givenName: 'PERSONA',
      nationality: 'HN',
      birthDate: '1990-04',
      sex: 'female',
      ...person,
    },
    track: 'mpp',
    encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
    ...rest,
  };
}

/** Records an encounter and returns what it made (fails the test with the answer otherwise). */
export async function openCaseAs(caller: ApiCaller, body: Record<string, unknown>): Promise<EncounterBody> {
  const response = await caller.request('POST', '/api/v1/cases', body);
  if (response.status !== 201) throw new Error(`encounter: ${response.status} ${await response.text()}`);
  return readJson<EncounterBody>(response);
}

/** Sends a request that must succeed with `status`, and returns its body. */
export async function expectStatus<T>(
  caller: ApiCaller,
  status: number,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await caller.request(method, path, body);
  if (response.status !== status)
    throw new Error(`${method} ${path}: expected ${status}, got ${response.status} ${await response.text()}`);
  return readJson<T>(response);
}

/** Creates a user with the test password (a name like "elp.intake"). */
export async function addUser(
  app: AppContext,
  name: string,
  role: string,
  office: string | null,
): Promise<string> {
  const created = await createUser(app, SYSTEM_ACTOR_ID, { name, role, office, password: TEST_PASSWORD });
  if (!created.ok) throw created.error;
  return created.value.id;
}

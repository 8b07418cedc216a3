// Arranging cases through the API before the browser acts: an MPP case returned to Mexico whose fear claim made a
// screening, optionally assigned to an officer. Synthetic people only.
import { expect } from 'vitest';
import type { ApiCaller } from '../http-client.ts';
import type { WebWorld } from './web-world.ts';

type Json = Record<string, unknown>;

/** Sends a request and expects the status; returns the JSON answer. */
export async function send(caller: ApiCaller, method: string, path: string, body?: unknown, status = 200) {
  const response = await caller.request(method, path, body);
  const text = await response.text();
  expect(response.status, `${method} ${path}: ${text}`).toBe(status);
  return JSON.parse(text) as Json;
}

let serial = 0;

/** An MPP case with a fear claim: its case id and screening id. The A-number differs on each call. */
export async function arrangeMppScreening(web: WebWorld, options: { assignTo?: string } = {}) {
  serial += 1;
  const intake = await web.api('intake1');
  const opened = await send(
    intake,
    'POST',
    '/api/v1/cases',
    {
      person: {
        aNumber: String(298100000 + serial),
        familyName: 'SYNTHETIC',
        givenName: `PERSON ${serial}`,
        nationality: 'HN',
        birthDate: '1990-05',
        sex: 'female',
      },
      track: 'mpp',
      encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
      isSynthetic: true,
    },
    201,
  );
  const caseId = (opened.case as Json).id as string;
  const base = `/api/v1/cases/${caseId}`;
  await send(intake, 'POST', `${base}/mpp-enrolment`, {
    ntaServedAt: '2019-07-20T18:00:00Z',
    firstHearingDate: '2019-10-15',
    hearingLocation: 'HOU',
    noticeAddress: 'Albergue (synthetic), Ciudad Juárez',
  });
  await send(
    intake,
    'POST',
    `${base}/returns`,
    { at: '2019-07-21T10:00:00Z', port: 'El Paso', hearingDate: '2019-10-15', hearingLocation: 'HOU' },
    201,
  );
  const referred = await send(
    intake,
    'POST',
    `${base}/fear-claims`,
    { at: '2019-08-20T11:00:00Z', raisedHow: 'unprompted', raisedTo: 'cbp', occasion: 'other' },
    201,
  );
  const screeningId = referred.id as string;
  if (options.assignTo) {
    const supervisor = await web.api('supervisor1');
    await send(supervisor, 'POST', `/api/v1/screenings/${screeningId}/assignment`, {
      officerId: options.assignTo,
    });
  }
  return { caseId, screeningId };
}

// Cases for court and counsel tests, made through the live service path: an MPP case whose notice to appear names
// a court, a credible-fear case with a negative finding under IJ review before a court, extra users of other courts
// and offices, and small synthetic documents to attach.
import { SYSTEM_ACTOR_ID } from '../src/domain/ledger/ledger-event.ts';
import type { Result } from '../src/domain/errors.ts';
import { claimFear, enrolCase, recordEncounter } from '../src/server/cases/case.service.ts';
import * as screenings from '../src/server/screenings/screening.service.ts';
import { createUser } from '../src/server/users/user.service.ts';
import type { TestWorld } from './app.ts';
import { TEST_PASSWORD } from './http-client.ts';

/** The value of a success, or a thrown error naming the rejection. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Adds a user (synthetic test password) and returns its id. */
export async function addUser(
  world: TestWorld,
  name: string,
  role: string,
  office: string | null,
): Promise<string> {
  return value(await createUser(world.app, SYSTEM_ACTOR_ID, { name, role, office, password: TEST_PASSWORD }))
    .id;
}

let next = 0;
/** A fresh synthetic A-number (9xx-xxx-xxx are unissued). */
export const freshANumber = (): string => String(970_000_000 + ((process.pid * 1000 + next++) % 29_000_000));

/** Opens an MPP case at office HOU (intake1), enrolled with its hearing at `court`; returns its id and A-number. */
export async function openMppCase(
  world: TestWorld,
  court: string,
  options: { aNumber?: string; office?: string } = {},
): Promise<{ caseId: string; aNumber: string }> {
  const aNumber = options.aNumber ?? freshANumber();
  const opened = value(
    await recordEncounter(world.app, world.users.intake, {
      person: { aNumber, familyName: 'SYNTHETIC', givenName: 'COURT', nationality: 'HN' },
      office: options.office ?? 'HOU',
      track: 'mpp',
      encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
      isSynthetic: true,
    }),
  );
  value(
    await enrolCase(world.app, world.users.intake, opened.id, {
      ntaServedAt: '2019-07-21T10:00:00Z',
      firstHearingDate: '2019-10-15',
      hearingLocation: court,
      noticeAddress: 'Albergue, Ciudad Juárez',
    }),
  );
  return { caseId: opened.id, aNumber };
}

/** Opens a credible-fear case at office HOU with a negative finding served and IJ review requested before
 * `court`; returns the case and screening ids. */
export async function openCaseUnderIjReview(
  world: TestWorld,
  court: string,
): Promise<{ caseId: string; screeningId: string }> {
  const { app, users } = world;
  const opened = value(
    await recordEncounter(app, users.intake, {
      person: { aNumber: freshANumber(), familyName: 'SYNTHETIC', givenName: 'REVIEW', nationality: 'GT' },
      office: 'HOU',
      track: 'expedited_removal',
      encounter: { at: '2019-08-01T10:00:00Z', place: 'Laredo POE', arrivedByLandFromMexico: true },
      isSynthetic: true,
    }),
  );
  const screening = value(
    await claimFear(app, users.intake, opened.id, {
      at: '2019-08-01T12:00:00Z',
      raisedHow: 'when_asked',
      raisedTo: 'cbp',
      occasion: 'encounter',
      detentionArrivalAt: '2019-08-01T11:00:00Z',
    }),
  );
  const id = screening.id;
  value(await screenings.assignScreening(app, users.supervisor, id, users.officer));
  value(await screenings.scheduleInterview(app, users.officer, id, { interviewAt: '2019-08-05T09:00:00Z' }));
  value(
    await screenings.recordInterview(app, users.officer, id, {
      at: '2019-08-05T09:30:00Z',
      testimony: {
        fearOf: ['gang'],
        harmSuffered: [],
        protectedGrounds: [],
        tortureClaimed: false,
        language: 'Spanish',
        interpreterUsed: true,
        counselPresent: false,
      },
    }),
  );
  value(
    await screenings.decideScreening(app, users.officer, id, {
      result: 'negative',
      standard: 'significant_possibility',
      reasoning: 'No nexus to a protected ground shown.',
    }),
  );
  value(await screenings.reviewDetermination(app, users.supervisor, id, { outcome: 'concur', note: '' }));
  value(await screenings.serveDetermination(app, users.officer, id, { at: '2019-08-05T15:00:00Z' }));
  value(await screenings.requestIjReview(app, users.officer, id, { at: '2019-08-05T15:10:00Z', court }));
  return { caseId: opened.id, screeningId: id };
}

/** A tiny synthetic PDF (only its first bytes matter to Refuge), padded to `size` bytes. */
export function syntheticPdf(size = 600): Buffer {
  const head = Buffer.from('%PDF-1.4\n% synthetic test document\n', 'latin1');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]);
}

/** A document as the API carries it. */
export const asAttachment = (content: Buffer, mediaType = 'application/pdf') => ({
  mediaType,
  contentBase64: content.toString('base64'),
});

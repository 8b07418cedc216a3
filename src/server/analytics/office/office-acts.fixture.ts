// Acts for the office-statistics tests, done through the real services on a test world: an MPP case, a screening
// run to a served determination (with a decline, a reassignment and a returned review on the way if asked), a
// return to Mexico, harm after it, a category objection. Every free text and identifier used is synthetic and listed
// in IDENTIFYING_TEXTS, so a test can check that none of it reaches a statistics response.
import type { TestWorld } from '../../../../test/app.ts';
import type { Result } from '../../../domain/errors.ts';
import {
  claimFear,
  enrolCase,
  recordEncounter,
  reportHarmAfterReturn,
  returnCase,
} from '../../cases/case.service.ts';
import { declineCategory as declineCategoryOf } from '../../objections/objection.service.ts';
import * as screenings from '../../screenings/screening.service.ts';

/** The value of a success; a rejection fails the test with its code and message. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const FAMILY_NAME = 'SYNTHETICFAMILYNAME';
const GIVEN_NAME = 'SYNTHETICGIVENNAME';
const DECLINE_REASON = 'Synthetic decline reason of conscience';
const CATEGORY_REASON = 'Synthetic category objection reason';
const REASONING = 'Synthetic determination reasoning';
const RETURN_NOTE = 'Synthetic review note asking for rework';
const HARM_PLACE = 'Synthetic harm place';
const HARM_DESCRIPTION = 'Synthetic harm description';
const PORT = 'El Paso POE (Paso del Norte)';
const NOTICE_ADDRESS = 'Synthetic notice address';

/** Every name, A-number prefix and free text these acts record: none may appear in a statistics response. */
export const IDENTIFYING_TEXTS: readonly string[] = [
  FAMILY_NAME,
  GIVEN_NAME,
  DECLINE_REASON,
  CATEGORY_REASON,
  REASONING,
  RETURN_NOTE,
  HARM_PLACE,
  HARM_DESCRIPTION,
  PORT,
  NOTICE_ADDRESS,
  'Synthetic',
];

let serial = 0;

/** Opens an MPP case in HOU (encounter 2019-07-20, enrolled the next day); returns its id and A-number. */
export async function openMppCase(world: TestWorld): Promise<{ caseId: string; aNumber: string }> {
  const aNumber = String(208_400_000 + serial++);
  const opened = value(
    await recordEncounter(world.app, world.users.intake, {
      person: { aNumber, familyName: FAMILY_NAME, givenName: GIVEN_NAME, nationality: 'HN', sex: 'female' },
      office: 'HOU',
      track: 'mpp',
      encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
      isSynthetic: true,
    }),
  );
  value(
    await enrolCase(world.app, world.users.intake, opened.id, {
      ntaServedAt: '2019-07-21T10:00:00Z',
      firstHearingDate: '2019-10-15',
      hearingLocation: 'ENP',
      noticeAddress: NOTICE_ADDRESS,
    }),
  );
  return { caseId: opened.id, aNumber };
}

/** A fear claim on the case: refers an MPP interview (July 2019); returns the screening id. */
export async function referScreening(world: TestWorld, caseId: string): Promise<string> {
  const screening = value(
    await claimFear(world.app, world.users.intake, caseId, {
      at: '2019-07-21T11:00:00Z',
      raisedHow: 'unprompted',
      raisedTo: 'cbp',
      occasion: 'encounter',
    }),
  );
  return screening.id;
}

/** How a screening is run: its result, and the acts on the way. */
export interface ScreeningRun {
  result: 'positive' | 'negative';
  /** officer1 declines it first (an objection), then officer2 gets it (a reassignment). */
  isDeclinedFirst?: boolean;
  /** The testimony records harm in Mexico (a negative then raises a flag). */
  hasHarmInMexico?: boolean;
  /** The supervisor returns the first determination for rework before concurring with the second. */
  isReturnedOnce?: boolean;
}

/** Runs a referred screening through assignment, interview, determination, review and service. */
export async function decideAndServe(
  world: TestWorld,
  screeningId: string,
  run: ScreeningRun,
): Promise<void> {
  const { app, users } = world;
  let officer = users.officer;
  value(await screenings.assignScreening(app, users.supervisor, screeningId, officer));
  if (run.isDeclinedFirst) {
    value(await screenings.declineScreening(app, officer, screeningId, DECLINE_REASON));
    officer = users.officer2;
    value(await screenings.assignScreening(app, users.supervisor, screeningId, officer));
  }
  value(
    await screenings.scheduleInterview(app, officer, screeningId, { interviewAt: '2019-07-22T09:00:00Z' }),
  );
  value(
    await screenings.recordInterview(app, officer, screeningId, {
      at: '2019-07-22T09:30:00Z',
      testimony: {
        fearOf: ['cartel'],
        harmSuffered: run.hasHarmInMexico
          ? [{ where: 'mexico', kind: 'kidnapping', when: '2019-07-10' }]
          : [],
        protectedGrounds: ['particular_social_group'],
        tortureClaimed: false,
        language: 'Spanish',
        interpreterUsed: true,
        counselPresent: false,
      },
    }),
  );
  const decide = () =>
    screenings.decideScreening(app, officer, screeningId, {
      result: run.result,
      standard: 'more_likely_than_not',
      reasoning: REASONING,
    });
  value(await decide());
  if (run.isReturnedOnce) {
    value(
      await screenings.reviewDetermination(app, users.supervisor, screeningId, {
        outcome: 'return',
        note: RETURN_NOTE,
      }),
    );
    value(await decide());
  }
  value(
    await screenings.reviewDetermination(app, users.supervisor, screeningId, { outcome: 'concur', note: '' }),
  );
  value(await screenings.serveDetermination(app, officer, screeningId, { at: '2019-07-22T15:00:00Z' }));
}

/** Returns the person to Mexico through El Paso (July 2019). */
export async function returnToMexico(world: TestWorld, caseId: string): Promise<void> {
  value(
    await returnCase(world.app, world.users.intake, caseId, {
      at: '2019-07-23T08:00:00Z',
      port: PORT,
      hearingDate: '2019-10-15',
      hearingLocation: 'ENP',
    }),
  );
}

/** Reports extortion suffered on 2019-07-30, after the return. */
export async function reportHarm(world: TestWorld, caseId: string): Promise<void> {
  value(
    await reportHarmAfterReturn(world.app, world.users.intake, caseId, {
      kind: 'extortion',
      occurredOn: '2019-07-30',
      place: HARM_PLACE,
      source: 'applicant',
      description: HARM_DESCRIPTION,
    }),
  );
}

/** officer2 declines every credible-fear screening (an objection that belongs to no case). */
export async function declineCategory(world: TestWorld): Promise<void> {
  value(
    await declineCategoryOf(world.app, world.users.officer2, {
      category: 'credible_fear',
      reason: CATEGORY_REASON,
    }),
  );
}

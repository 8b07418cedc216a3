// One synthetic story: a person, their case on a track drawn from the office's mix, and, now and then, a second
// case after a removal (a re-encounter, on reinstatement). A story is a pure function of (seed, story number).
import type { Track } from '../../domain/cases/case.ts';
import { findMppPeriod } from '../../domain/mpp/mpp-period.ts';
import { FLAGS_CLEARED, REENCOUNTER_AFTER_REMOVAL, TRACK_SHARES, MPP_INTAKE } from './calibration.ts';
import { CaseRun, WorldEnded, type SeededCase } from './case-run.ts';
import type { CourtEnd } from './court-story.ts';
import { runFearTrackCase } from './fear-track-story.ts';
import { runMppCase } from './mpp-story.ts';
import { Random } from '../random.ts';
import { officeStaff, type OfficeStaff, type SeedStaff } from './seed-staff.ts';
import { mppEncounterSampler, otherEncounterSampler } from './synthetic-calendar.ts';
import { buildSyntheticPerson, drawNationality } from './synthetic-person.ts';
import { SYNTHETIC_OFFICES } from './synthetic-world.ts';

/** What every story of a run shares. */
export interface StoryWorld {
  /** The run's seed as a 32-bit number (see hashSeed). */
  seed: number;
  staff: SeedStaff;
}

const MPP_ENCOUNTERS = mppEncounterSampler(10);
const OTHER_ENCOUNTERS = otherEncounterSampler();
const CLEARING_DECISIONS = [
  'Reviewed the file with the officer; the record is complete and the action stands.',
  'Checked the address with the shelter; corrected notice sent.',
  'Return reviewed by the port director; medical referral made.',
  'Referred to the office for a new screening at the next presentation.',
];

function pickOffice(
  random: Random,
  staff: SeedStaff,
  weight: (w: (typeof SYNTHETIC_OFFICES)[number]['weights']) => number,
): OfficeStaff {
  const weights: Record<string, number> = {};
  for (const office of SYNTHETIC_OFFICES) weights[office.code] = weight(office.weights);
  return officeStaff(staff, random.weighted(weights));
}

// Runs a story function to its end; a story that reaches past the synthetic world stops where it stands.
function runToEnd(story: () => CourtEnd | 'exempt'): CourtEnd | 'exempt' {
  try {
    return story();
  } catch (error) {
    if (error instanceof WorldEnded) return 'pending';
    throw error;
  }
}

// A supervisor clears about half the flags a case raised, with a recorded decision, some days later.
function clearSomeFlags(run: CaseRun, office: OfficeStaff): void {
  const r = run.random;
  try {
    for (const flag of run.openFlags()) {
      if (!r.chance(FLAGS_CLEARED)) continue;
      const due = new Date(Date.parse(flag.raisedAt) + r.between(1, 30) * 86_400_000).toISOString();
      run.clearFlag(
        office.supervisor,
        due < run.now ? run.after(r.between(30, 600)) : due,
        flag.id,
        r.pick(CLEARING_DECISIONS),
      );
    }
  } catch (error) {
    if (!(error instanceof WorldEnded)) throw error;
  }
}

/** Generates story `storyNumber` of a run: one case, or two when the person came back after a removal. */
export function generateStory(world: StoryWorld, storyNumber: number): SeededCase[] {
  const random = Random.forStream(world.seed, storyNumber);
  const track: Track = random.weighted(TRACK_SHARES);
  const encounterAt = (track === 'mpp' ? MPP_ENCOUNTERS : OTHER_ENCOUNTERS).draw(random);
  const term = track === 'mpp' ? (findMppPeriod(encounterAt)?.term ?? '2019') : null;
  const office = pickOffice(random, world.staff, (w) =>
    term === '2019' ? w.mpp2019 : term === '2021' ? w.mpp2021 : w.other,
  );
  const nationality =
    track === 'mpp' && random.chance(MPP_INTAKE.mexicanNational)
      ? 'MX'
      : drawNationality(random, track, term);
  const person = buildSyntheticPerson(random, {
    id: random.uuid(),
    personNumber: storyNumber + 1,
    seedSalt: world.seed,
    nationality,
    encounterYear: Number(encounterAt.slice(0, 4)),
  });
  const label = `synthetic story ${storyNumber} (seed ${world.seed})`;
  const run = new CaseRun(random, label);
  const caseId = random.uuid();
  const end = runToEnd(() =>
    track === 'mpp'
      ? runMppCase(run, { staff: world.staff, office, person, isNewPerson: true, caseId, encounterAt })
      : runFearTrackCase(run, {
          staff: world.staff,
          office,
          person,
          isNewPerson: true,
          caseId,
          track,
          encounterAt,
        }),
  );
  clearSomeFlags(run, office);
  const cases = [run.finish()];
  if (end !== 'removed' || !random.chance(REENCOUNTER_AFTER_REMOVAL)) return cases;
  const again = new Date(Date.parse(run.now) + random.between(30, 600) * 86_400_000).toISOString();
  if (again.slice(0, 10) > '2022-12-15') return cases;
  const second = new CaseRun(random, `${label}, second case`);
  const secondOffice = pickOffice(random, world.staff, (w) => w.other);
  const secondId = random.uuid();
  runToEnd(() =>
    runFearTrackCase(second, {
      staff: world.staff,
      office: secondOffice,
      person,
      isNewPerson: false,
      caseId: secondId,
      track: 'reinstatement',
      encounterAt: again,
    }),
  );
  clearSomeFlags(second, secondOffice);
  return [...cases, second.finish()];
}

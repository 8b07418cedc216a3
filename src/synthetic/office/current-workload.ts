// The current workload: a few dozen open credible- and reasonable-fear cases per office, dated in the weeks before
// the seeding clock and left at every open stage, so that a demo's officers, supervisors and judges find work to do.
// (MPP interviews are valid only inside an MPP period, so the open cases are the screenings that have no period.) A
// pure function of the seed and the clock, each case on its own PRNG stream, run through the same CaseRun.
import type { Actor } from '../../domain/actor.ts';
import { CaseRun, type SeededCase } from './case-run.ts';
import type { StoryWorld } from './case-story.ts';
import { Random } from '../random.ts';
import { declinedCategoriesAt, officeStaff } from './seed-staff.ts';
import { buildSyntheticPerson, drawNationality } from './synthetic-person.ts';
import { SYNTHETIC_OFFICES } from './synthetic-world.ts';
import type { WorkloadSlot } from './workload-slot.ts';
import { runWorkloadCase } from './workload-story.ts';

/** Open cases per office at the clock: El Paso, the demo's first office, carries the most. */
export const CURRENT_WORKLOAD: Readonly<Record<string, number>> = {
  ELP: 32,
  SND: 16,
  BRO: 14,
  LRD: 12,
  CAL: 8,
};

/** Open cases in all offices. */
export const CURRENT_WORKLOAD_CASES = Object.values(CURRENT_WORKLOAD).reduce((sum, n) => sum + n, 0);

const slot = (
  stage: WorkloadSlot['stage'],
  kind: WorkloadSlot['kind'],
  urgency: WorkloadSlot['urgency'] = 'none',
  result: WorkloadSlot['result'] = null,
  harmInMexico = false,
): WorkloadSlot => ({ stage, kind, urgency, result, harmInMexico });
const CF = 'credible_fear';
const RF = 'reasonable_fear';

/** What each office's open cases look like, in the order they are filled (and repeated past sixteen). The first eight
 * already fill every bucket of the supervisor's queue: unassigned, assigned, awaiting review, due soon, overdue. */
export const WORKLOAD_SLOTS: readonly WorkloadSlot[] = [
  slot('referred', RF, 'due_soon'),
  slot('scheduled', CF),
  // Negative, with harm already suffered in Mexico: for an MPP interview that raises a flag; here it is context.
  slot('decided', RF, 'none', 'negative', true),
  slot('interviewed', RF, 'overdue'),
  slot('referred', CF),
  slot('assigned', RF),
  slot('ij_review', CF, 'due_soon', 'negative'),
  slot('decided', CF, 'none', 'positive'),
  slot('declined', CF),
  slot('scheduled', RF, 'due_soon'),
  slot('returned', CF, 'none', 'negative'),
  slot('ij_review', RF, 'overdue', 'negative'),
  slot('approved', CF, 'none', 'positive'),
  slot('referred', RF, 'overdue'),
  slot('interviewed', CF),
  slot('decided', CF, 'none', 'negative', true),
];

// Streams and person numbers past any story's (a run has at most MAX_SEED_CASES stories), so they never collide.
const FIRST_STREAM = 0x8000_0000;
const FIRST_PERSON_NUMBER = 20_000_001;

/** The open cases of every office at `clock` (ISO instant): every act before it. */
export function generateCurrentWorkload(world: StoryWorld, clock: string): SeededCase[] {
  const cases: SeededCase[] = [];
  let index = 0;
  for (const { code } of SYNTHETIC_OFFICES) {
    const office = officeStaff(world.staff, code);
    let assignments = 0;
    // The supervisor deals assignments round the office's officers, skipping a category one has declined.
    const nextOfficer = (kind: string): Actor => {
      const able = office.officers.filter(
        (o) => !declinedCategoriesAt(world.staff, o.id, clock).includes(kind),
      );
      return able[assignments++ % able.length]!;
    };
    for (let n = 0; n < (CURRENT_WORKLOAD[code] ?? 0); n++, index++) {
      const slot = WORKLOAD_SLOTS[n % WORKLOAD_SLOTS.length]!;
      const random = Random.forStream(world.seed, FIRST_STREAM + index);
      const track =
        slot.kind === CF
          ? 'expedited_removal'
          : random.chance(0.8)
            ? 'reinstatement'
            : 'administrative_removal';
      const person = buildSyntheticPerson(random, {
        id: random.uuid(),
        personNumber: FIRST_PERSON_NUMBER + index,
        seedSalt: world.seed,
        nationality: drawNationality(random, track, null),
        encounterYear: Number(clock.slice(0, 4)),
      });
      const run = new CaseRun(
        random,
        `current workload case ${index} (seed ${world.seed})`,
        undefined,
        clock,
      );
      runWorkloadCase(run, {
        staff: world.staff,
        office,
        person,
        caseId: random.uuid(),
        track,
        slot,
        officer: slot.stage === 'referred' ? null : nextOfficer(slot.kind),
        clock,
      });
      cases.push(run.finish());
    }
  }
  return cases;
}

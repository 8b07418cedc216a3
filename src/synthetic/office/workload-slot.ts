// What an open case of the current workload is to look like at the seeding clock (its slot), and when its referral
// falls so that its time limit stands as the slot says: none pressing, due within 48 hours, or already past.
import type { Random } from '../random.ts';
import { SeedRuleError } from './case-run.ts';

/** The open stages a workload screening is left at. `declined`: its officer declined it, and it waits for
 * reassignment; `returned`: the supervisor sent the determination back for rework; `ij_review`: a served negative
 * whose IJ review the court has yet to decide. */
export type WorkloadStage =
  | 'referred'
  | 'declined'
  | 'assigned'
  | 'scheduled'
  | 'interviewed'
  | 'decided'
  | 'returned'
  | 'approved'
  | 'ij_review';

/** How its next time limit stands at the clock (only a reasonable fear before its determination, or an IJ review,
 * has one to press). */
export type WorkloadUrgency = 'none' | 'due_soon' | 'overdue';

/** What one open case is to look like at the clock. */
export interface WorkloadSlot {
  stage: WorkloadStage;
  kind: 'credible_fear' | 'reasonable_fear';
  urgency: WorkloadUrgency;
  /** The officer's determination, for the stages that have one. */
  result: 'positive' | 'negative' | null;
  /** The testimony records harm already suffered in Mexico, on the way north. */
  harmInMexico: boolean;
}

// The stages before the officer's determination.
const UNDECIDED_STAGES: readonly WorkloadStage[] = [
  'referred',
  'declined',
  'assigned',
  'scheduled',
  'interviewed',
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// How long before the clock the referral was, in hours, by stage, when no time limit presses.
const REFERRAL_AGE_HOURS: Record<
  WorkloadSlot['kind'],
  Record<Exclude<WorkloadStage, 'ij_review'>, [number, number]>
> = {
  // Credible fear: no limit before IJ review; interviews wait out the 48-hour consultation period.
  credible_fear: {
    referred: [2, 30],
    declined: [4, 40],
    assigned: [3, 40],
    scheduled: [12, 60],
    interviewed: [84, 168],
    decided: [96, 240],
    returned: [96, 240],
    approved: [96, 240],
  },
  // Reasonable fear: decided within 10 days of referral, so "none pressing" means referred under 8 days ago.
  reasonable_fear: {
    referred: [5, 120],
    declined: [6, 120],
    assigned: [12, 120],
    scheduled: [24, 144],
    interviewed: [48, 156],
    decided: [72, 180],
    returned: [72, 180],
    approved: [72, 180],
  },
};

/** When the referral falls (ms), and by when the determination was approved (ms): for an IJ review, so that its time
 * limit stands as the slot says; otherwise the clock. Refuses a slot whose urgency its stage cannot have. */
export function referralTimes(
  r: Random,
  slot: WorkloadSlot,
  clock: number,
): { referredAt: number; approvalAt: number } {
  const minutes = (min: number, max: number): number => r.between(Math.round(min), Math.round(max)) * MINUTE;
  if (slot.stage === 'ij_review') {
    // The limit runs from supervisory approval (credible fear, 7 days) or from the request (reasonable fear, 10).
    const limit = slot.kind === 'credible_fear' ? 7 : 10;
    const age =
      slot.urgency === 'due_soon'
        ? minutes((limit - 1.8) * 1440, (limit - 0.2) * 1440)
        : slot.urgency === 'overdue'
          ? minutes((limit + 0.5) * 1440, (limit + 5) * 1440)
          : minutes(1440, (limit - 2.5) * 1440);
    // For reasonable fear the request comes up to 3.5 hours after approval: measure from there.
    const approvalAt = clock - age - (slot.kind === 'reasonable_fear' ? 3.5 * HOUR : 0);
    return { referredAt: approvalAt - minutes(3.5 * 1440, 6 * 1440), approvalAt };
  }
  if (slot.urgency !== 'none') {
    // Only a reasonable fear not yet decided has a time limit to press (10 days from referral).
    if (slot.kind !== 'reasonable_fear' || !UNDECIDED_STAGES.includes(slot.stage))
      throw new SeedRuleError(`no time limit presses a ${slot.kind} left ${slot.stage}`);
    const age =
      slot.urgency === 'due_soon' ? minutes(8.2 * 1440, 9.8 * 1440) : minutes(10.5 * 1440, 15 * 1440);
    return { referredAt: clock - age, approvalAt: clock };
  }
  const [min, max] = REFERRAL_AGE_HOURS[slot.kind][slot.stage];
  return { referredAt: clock - minutes(min * 60, max * 60), approvalAt: clock };
}

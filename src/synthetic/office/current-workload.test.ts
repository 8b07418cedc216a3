// The current workload without a store: a pure function of the seed and the clock, every act before the clock, each
// case left at its slot's stage with its time limit standing as the slot says, through rules the domain accepts.
import { describe, expect, it } from 'vitest';
import { screeningDeadlines } from '../../domain/deadlines/deadlines.ts';
import { DomainEventSchema } from '../../domain/events/event-catalogue.ts';
import type { ScreeningStatus } from '../../domain/screenings/screening.ts';
import { urgencyOf } from '../../server/deadlines/queue.service.ts';
import {
  CURRENT_WORKLOAD,
  CURRENT_WORKLOAD_CASES,
  generateCurrentWorkload,
  WORKLOAD_SLOTS,
} from './current-workload.ts';
import { hashSeed } from '../random.ts';
import { findRuleBreaks } from './seed-checks.ts';
import { buildSeedStaff } from './seed-staff.ts';
import { SYNTHETIC_OFFICES, syntheticUserSpecs } from './synthetic-world.ts';
import type { WorkloadStage } from './workload-slot.ts';

// Staff whose ids are their login names, so a test can read who acted.
const staff = buildSeedStaff(new Map(syntheticUserSpecs().map((u) => [u.name, u.name])));
const workloadOf = (seed: string, clock: string) =>
  generateCurrentWorkload({ seed: hashSeed(seed), staff }, clock);

const STATUS_OF: Record<WorkloadStage, ScreeningStatus> = {
  referred: 'referred',
  declined: 'referred',
  assigned: 'referred',
  scheduled: 'scheduled',
  interviewed: 'interviewed',
  decided: 'decided',
  returned: 'interviewed',
  approved: 'approved',
  ij_review: 'ij_review_requested',
};

// Each case with the slot it was made for (offices in their fixed order, slots repeating).
function withSlots(seed: string, clock: string) {
  const cases = workloadOf(seed, clock);
  let index = 0;
  return SYNTHETIC_OFFICES.flatMap(({ code }) =>
    Array.from({ length: CURRENT_WORKLOAD[code] ?? 0 }, (_, n) => ({
      seeded: cases[index++]!,
      slot: WORKLOAD_SLOTS[n % WORKLOAD_SLOTS.length]!,
    })),
  );
}

describe('generateCurrentWorkload', () => {
  const clock = '2026-03-02T15:00:00.000Z';

  it('is a pure function of the seed and the clock, with its own people', () => {
    expect(workloadOf('1', clock)).toEqual(workloadOf('1', clock));
    expect(workloadOf('2', clock)[0]!.record.state.id).not.toBe(workloadOf('1', clock)[0]!.record.state.id);
    const cases = workloadOf('1', clock);
    expect(cases).toHaveLength(CURRENT_WORKLOAD_CASES);
    expect(CURRENT_WORKLOAD.ELP).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.person!.person.aNumber)).size).toBe(cases.length);
    expect(cases.every((c) => /^SYNTHETIC-2\d{7}$/.test(c.person!.person.familyName))).toBe(true);
  });

  it.each([
    ['1', clock],
    ['demo', '2025-07-14T03:30:00.000Z'],
    ['x', '2031-12-31T23:59:00.000Z'],
  ])(
    'seed %s at %s: each case at its stage, its time limit as the slot says, every act before the clock',
    (seed, at) => {
      for (const { seeded, slot } of withSlots(seed, at)) {
        const screening = seeded.screenings[0]!.state;
        expect(seeded.screenings).toHaveLength(1);
        expect([screening.status, screening.officerId === null]).toEqual([
          STATUS_OF[slot.stage],
          ['referred', 'declined'].includes(slot.stage),
        ]);
        expect(urgencyOf(screeningDeadlines(screening, at))).toBe(slot.urgency);
        expect(seeded.steps.every((step) => step.at < at)).toBe(true);
        expect(seeded.record.state.isSynthetic && seeded.person!.person.isSynthetic).toBe(true);
        if (slot.stage === 'declined') expect(screening.declinedBy).toHaveLength(1);
        if (slot.result) expect(screening.determinations[0]?.result).toBe(slot.result);
        // Only a scheduled appointment lies ahead.
        if (slot.stage === 'scheduled') expect(screening.interviewAt! > at).toBe(true);
        else expect(screening.interviewAt === null || screening.interviewAt < at).toBe(true);
      }
    },
  );

  it('obeys the rules, records events the catalogue parses, and gives each demo officer work', () => {
    const cases = workloadOf('1', clock);
    expect(
      findRuleBreaks({
        persons: cases.map((c) => c.person!.person),
        cases: cases.map((c) => c.record.state),
        screenings: cases.flatMap((c) => c.screenings.map((s) => s.state)),
      }),
    ).toEqual([]);
    for (const event of cases.flatMap((c) => c.steps.flatMap((s) => s.events)))
      expect(DomainEventSchema.parse(event)).toEqual(event);
    const owners = new Set(cases.flatMap((c) => c.screenings.map((s) => s.state.officerId)));
    for (const officer of syntheticUserSpecs().filter((u) => u.role === 'officer'))
      expect(owners.has(officer.name)).toBe(true);
    expect(cases.some((c) => c.objections.length > 0)).toBe(true);
  });
});

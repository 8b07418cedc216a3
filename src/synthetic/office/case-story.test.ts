// The generator without a store: the same seed gives the same stories, every command is one the rules accept, every
// event is what the live service path would record, and each is signed by the user the live path would make act.
import { describe, expect, it } from 'vitest';
import { DomainEventSchema } from '../../domain/events/event-catalogue.ts';
import type { SeededCase } from './case-run.ts';
import { generateStory, type StoryWorld } from './case-story.ts';
import { hashSeed } from '../random.ts';
import { findRuleBreaks } from './seed-checks.ts';
import { buildSeedStaff } from './seed-staff.ts';
import { syntheticUserSpecs } from './synthetic-world.ts';

// Staff whose ids are their login names, so a test can read who acted.
const staff = buildSeedStaff(new Map(syntheticUserSpecs().map((u) => [u.name, u.name])));
const worldOf = (seed: string): StoryWorld => ({ seed: hashSeed(seed), staff });
const storiesOf = (seed: string, count: number): SeededCase[] =>
  Array.from({ length: count }, (_, n) => generateStory(worldOf(seed), n)).flat();

describe('generateStory', () => {
  it('is a pure function of the seed and the story number', () => {
    expect(generateStory(worldOf('a'), 17)).toEqual(generateStory(worldOf('a'), 17));
    expect(generateStory(worldOf('a'), 17)[0]!.record.state.id).not.toBe(
      generateStory(worldOf('a'), 18)[0]!.record.state.id,
    );
    expect(generateStory(worldOf('a'), 17)[0]!.record.state.id).not.toBe(
      generateStory(worldOf('b'), 17)[0]!.record.state.id,
    );
  });

  describe.each(['1', '2', 'demo'])('seed %s, 500 stories', (seed) => {
    const cases = storiesOf(seed, 500);
    const events = cases.flatMap((c) =>
      c.steps.flatMap((s) => s.events.map((e) => ({ event: e, actor: s.actor }))),
    );

    it('obeys the rules: labelled synthetic, MPP only inside its periods, every determination under its standard', () => {
      const breaks = findRuleBreaks({
        persons: cases.flatMap((c) => (c.person ? [c.person.person] : [])),
        cases: cases.map((c) => c.record.state),
        screenings: cases.flatMap((c) => c.screenings.map((s) => s.state)),
      });
      expect(breaks).toEqual([]);
      expect(new Set(cases.map((c) => c.record.state.track))).toEqual(
        new Set(['mpp', 'expedited_removal', 'reinstatement', 'administrative_removal']),
      );
    });

    it('records exactly the events the live path would (each one as the catalogue parses it)', () => {
      for (const { event } of events) expect(DomainEventSchema.parse(event)).toEqual(event);
      expect(events.length / cases.length).toBeGreaterThan(8);
    });

    it('makes the user the live path would act, step by step in time', () => {
      for (const { event, actor } of events) {
        if (event.type === 'screening.decided' || event.type === 'screening.interviewed')
          expect(actor.id).toBe(event.payload.officerId);
        if (event.type === 'screening.reviewed')
          expect([actor.id, actor.role]).toEqual([event.payload.supervisorId, 'supervisor']);
        if (event.type === 'hearing.attendance_recorded' || event.type === 'screening.ij_decided')
          expect(actor.role).toBe('court');
        if (
          event.type === 'case.opened' ||
          event.type === 'mpp.enrolled' ||
          event.type === 'mpp.returned_to_mexico'
        )
          expect(actor.role).toBe('intake');
      }
      for (const c of cases) {
        const times = c.steps.map((s) => s.at);
        expect(times).toEqual([...times].sort());
      }
    });
  });

  it('keeps the records it reports consistent with its steps (versions count the changes)', () => {
    for (const c of storiesOf('3', 200)) {
      const screeningEvents = (id: string) =>
        c.steps.filter((s) =>
          s.events.some(
            (e) =>
              'screeningId' in e.payload && e.payload.screeningId === id && e.type.startsWith('screening.'),
          ),
        ).length;
      for (const s of c.screenings) expect(s.version).toBe(screeningEvents(s.state.id));
      const flagged = c.steps.flatMap((s) => s.events).filter((e) => e.type === 'flag.raised').length;
      expect(c.flags).toHaveLength(flagged);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/actor.ts';
import { enrolInMpp } from '../../domain/cases/case.transitions.ts';
import type { Person } from '../../domain/cases/person.ts';
import { CaseRun, SeedRuleError, WorldEnded } from './case-run.ts';
import { Random } from '../random.ts';

const intake: Actor = { id: 'elp.intake', role: 'intake', office: 'ELP' };
const person: Person = {
  id: 'p-1',
  aNumber: '900000001' as Person['aNumber'],
  familyName: 'SYNTHETIC-1',
  givenName: 'Ana',
  birthDate: '1990-01',
  nationality: 'HN',
  sex: 'female',
  isSynthetic: true,
};

function openedMppCase(): CaseRun {
  const run = new CaseRun(Random.forStream(1), 'test story');
  run.open(intake, '2019-07-01T16:00:00.000Z', person, true, {
    id: 'case-1',
    personId: person.id,
    nationality: 'HN',
    office: 'ELP',
    track: 'mpp',
    encounter: { at: '2019-07-01T14:00:00.000Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
    isSynthetic: true,
  });
  return run;
}

describe('CaseRun', () => {
  it('records the encounter as one step: the person registered and the case opened, by intake', () => {
    const seeded = openedMppCase().finish();
    expect(seeded.steps).toHaveLength(1);
    expect(seeded.steps[0]!.events.map((e) => e.type)).toEqual(['person.registered', 'case.opened']);
    expect(seeded.person?.createdAt).toBe('2019-07-01T16:00:00.000Z');
    expect(seeded.record).toMatchObject({ version: 1, updatedAt: '2019-07-01T16:00:00.000Z' });
  });

  it('validates the person as the live service does, storing the normalised details', () => {
    const run = new CaseRun(Random.forStream(1), 'test story');
    const open = (overrides: Partial<Person>) => () =>
      run.open(intake, '2019-07-01T16:00:00.000Z', { ...person, ...overrides }, true, {
        id: 'case-1',
        personId: person.id,
        nationality: 'HN',
        office: 'ELP',
        track: 'mpp',
        encounter: { at: '2019-07-01T14:00:00.000Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
        isSynthetic: true,
      });
    expect(open({ nationality: 'Honduras' })).toThrow(/VALIDATION_FAILED: Nationality must be a two-letter/);
    expect(open({ birthDate: '1990-13' })).toThrow(/Birth date must be YYYY-MM/);
    open({ familyName: ' SYNTHETIC-1 ' })();
    expect(run.finish().person?.person.familyName).toBe('SYNTHETIC-1');
  });

  it('raises flags in the command that calls for them, as the live service does', () => {
    const run = openedMppCase();
    run.changeCase(intake, '2019-07-01T18:00:00.000Z', (record, ctx) =>
      enrolInMpp(
        record,
        {
          nationality: 'HN',
          ntaServedAt: ctx.now,
          firstHearingDate: '2019-09-10',
          hearingLocation: 'ENP',
          noticeAddress: null,
        },
        ctx,
      ),
    );
    const seeded = run.finish();
    expect(seeded.steps[1]!.events.map((e) => e.type)).toEqual(['mpp.enrolled', 'flag.raised']);
    expect(seeded.flags).toMatchObject([
      { kind: 'notice_without_address', status: 'open', raisedAt: '2019-07-01T18:00:00.000Z' },
    ]);
    expect(seeded.record.version).toBe(2);
  });

  it('stops at a rejected command (a generator bug), a command out of time order, or the end of the world', () => {
    const run = openedMppCase();
    const enrol = (at: string, hearing: string) => () =>
      run.changeCase(intake, at, (record, ctx) =>
        enrolInMpp(
          record,
          {
            nationality: 'HN',
            ntaServedAt: ctx.now,
            firstHearingDate: hearing,
            hearingLocation: 'ENP',
            noticeAddress: 'x',
          },
          ctx,
        ),
      );
    expect(enrol('2019-07-01T18:00:00.000Z', '2019-06-01')).toThrow(SeedRuleError);
    expect(enrol('2019-07-01T18:00:00.000Z', '2019-06-01')).toThrow(
      /VALIDATION_FAILED: The first hearing date/,
    );
    expect(enrol('2019-06-30T18:00:00.000Z', '2019-09-10')).toThrow(/a command at 2019-06-30/);
    expect(enrol('2023-01-05T18:00:00.000Z', '2023-03-01')).toThrow(WorldEnded);
    expect(run.finish().steps).toHaveLength(1);
  });
});

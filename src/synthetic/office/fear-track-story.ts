// A case on expedited removal (credible fear) or on reinstatement / administrative removal (reasonable fear): the
// encounter, the fear claim and its screening, IJ review of a negative, and the court for those who pass.
import type { Track } from '../../domain/cases/case.ts';
import { screeningKindForTrack } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import { FEAR_SCREENING, INTERIOR_COURT } from './calibration.ts';
import type { CaseRun } from './case-run.ts';
import { runInteriorCourt, type CourtEnd } from './court-story.ts';
import { runScreening } from './screening-story.ts';
import type { OfficeStaff, SeedStaff } from './seed-staff.ts';
import { INTERIOR_COURTS } from './synthetic-world.ts';

/** What the dispatcher decided before the story runs. */
export interface FearTrackInput {
  staff: SeedStaff;
  office: OfficeStaff;
  person: Person;
  isNewPerson: boolean;
  caseId: string;
  track: Exclude<Track, 'mpp'>;
  encounterAt: string;
}

const later = (at: string, minutes: number): string =>
  new Date(Date.parse(at) + Math.round(minutes) * 60_000).toISOString();

/** Runs a credible- or reasonable-fear case; returns how it stood at the end. */
export function runFearTrackCase(run: CaseRun, input: FearTrackInput): CourtEnd {
  const r = run.random;
  const { office, person } = input;
  const kind = screeningKindForTrack(input.track);
  if (kind === 'mpp_interview') throw new Error('an MPP case is not a fear-track case');
  const atPort = r.chance(0.6);
  const place = atPort ? office.office.port : `${office.office.port.split(' POE')[0]} Border Patrol sector`;
  run.open(office.intake, later(input.encounterAt, r.between(30, 240)), person, input.isNewPerson, {
    id: input.caseId,
    personId: person.id,
    nationality: person.nationality,
    office: office.office.code,
    track: input.track,
    encounter: { at: input.encounterAt, place, arrivedByLandFromMexico: r.chance(0.95) },
    vulnerabilities: [],
    isSynthetic: true,
  });
  const screeningId = r.uuid();
  const detentionArrivalAt = kind === 'credible_fear' ? run.after(r.between(120, 1440)) : null;
  const claimAt = detentionArrivalAt
    ? later(detentionArrivalAt, r.between(30, 360))
    : run.after(r.between(60, 2880));
  const raisedHow = r.chance(kind === 'credible_fear' ? 0.7 : 0.5) ? 'when_asked' : 'unprompted';
  run.claimFear(
    office.intake,
    claimAt,
    {
      id: r.uuid(),
      at: claimAt,
      raisedHow,
      raisedTo: kind === 'credible_fear' || r.chance(0.5) ? 'cbp' : 'other',
      occasion: 'encounter',
      screeningId,
    },
    detentionArrivalAt,
  );
  const positive = r.chance(
    kind === 'credible_fear' ? FEAR_SCREENING.credibleFearPositive : FEAR_SCREENING.reasonableFearPositive,
  );
  const end = runScreening(run, {
    screeningId,
    kind,
    positive,
    staff: input.staff,
    office,
    nationality: person.nationality,
    encounterAt: input.encounterAt,
    counselPresent: r.chance(kind === 'credible_fear' ? 0.1 : 0.15),
    harmInMexico: 0,
    detentionArrivalAt,
  });
  if (end.result !== 'positive' && end.ijReview !== 'vacated') return 'removed';
  return runInteriorCourt(run, {
    staff: input.staff,
    office,
    kind: kind === 'credible_fear' ? 'removal' : 'withholding_only',
    origin: 'nta',
    court: r.pick(INTERIOR_COURTS),
    openedAt: run.after(r.between(3, 30) * 1440),
    counsel: null,
    representation: INTERIOR_COURT.represented,
    completes: INTERIOR_COURT.completes,
  });
}

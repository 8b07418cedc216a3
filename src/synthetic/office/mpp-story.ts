// An MPP case: the encounter at a port, the exemption (with its reason) or the enrolment with a Notice to Appear,
// a fear screening for those who raise fear, the return to Mexico, the MPP court's hearings (about half missed,
// ending in removal in absentia), harm reported after a return, the 2020 suspension and the 2021 wind-down.
import type { Actor } from '../../domain/actor.ts';
import { enrolInMpp, exemptFromMpp, returnToMexico } from '../../domain/cases/case.transitions.ts';
import type { Person } from '../../domain/cases/person.ts';
import type { ApplicationKind } from '../../domain/court/proceeding.ts';
import * as court from '../../domain/court/proceeding.transitions.ts';
import {
  MPP_EXEMPTIONS_BY_TERM,
  VULNERABLE_GROUP_REASONS,
  type MppExemptionReason,
} from '../../domain/mpp/mpp-exemption.ts';
import { findMppPeriod, type MppTerm } from '../../domain/mpp/mpp-period.ts';
import { MPP_COURT, MPP_INTAKE, MPP_SCREENING } from './calibration.ts';
import type { CaseRun } from './case-run.ts';
import {
  dateAfter,
  decideAtFinalHearing,
  fileApplication,
  hearingInstant,
  openProceeding,
  recordAttendance,
  runInteriorCourt,
  scheduleHearing,
  type CourtEnd,
} from './court-story.ts';
import { runScreening } from './screening-story.ts';
import { reportHarmAfterReturn } from './harm-story.ts';
import type { OfficeStaff, SeedStaff } from './seed-staff.ts';
import { INTERIOR_COURTS, MPP_HEARINGS_SUSPENDED, MPP_WIND_DOWN } from './synthetic-world.ts';

/** What the dispatcher decided before the MPP story runs. */
export interface MppStoryInput {
  staff: SeedStaff;
  office: OfficeStaff;
  person: Person;
  isNewPerson: boolean;
  caseId: string;
  encounterAt: string;
}

const OTHER_EXEMPTIONS: readonly MppExemptionReason[] = [
  'criminal_or_violence_history',
  'advance_parole_or_parole',
  'returning_lpr',
  'mexico_or_us_government_interest',
  'port_director_discretion',
  'processed_for_expedited_removal',
];
const SHELTERS = [
  'Albergue Casa del Migrante',
  'Albergue Buen Pastor',
  'Hotel on file with CBP',
  'Domicilio conocido',
  'Shelter of the diocese',
  'Rented room, address on file',
];
const MINUTE = 60_000;
const later = (at: string, minutes: number): string =>
  new Date(Date.parse(at) + Math.round(minutes) * MINUTE).toISOString();

// The case's state in the story as it goes: its term, its counsel, its judge, whether harm was already reported.
interface MppContext extends MppStoryInput {
  run: CaseRun;
  term: MppTerm;
  intake: Actor;
  judge: Actor;
  counsel: Actor | null;
  override: string | null;
  harmed: { dead: boolean } | null;
}

/** Runs an MPP case; returns how it stood at the end. */
export function runMppCase(run: CaseRun, input: MppStoryInput): CourtEnd | 'exempt' {
  const r = run.random;
  const term = findMppPeriod(input.encounterAt)?.term;
  if (!term) throw new Error(`MPP encounter outside MPP: ${input.encounterAt}`);
  const intake = input.office.intake;
  const nationality = input.person.nationality;
  const allowed = MPP_EXEMPTIONS_BY_TERM[term];
  const vulnerable =
    nationality !== 'MX' && r.chance(MPP_INTAKE.vulnerable)
      ? r.pick(VULNERABLE_GROUP_REASONS.filter((v) => allowed.includes(v)))
      : null;
  run.open(intake, later(input.encounterAt, r.between(30, 240)), input.person, input.isNewPerson, {
    id: input.caseId,
    personId: input.person.id,
    nationality,
    office: input.office.office.code,
    track: 'mpp',
    encounter: { at: input.encounterAt, place: input.office.office.port, arrivedByLandFromMexico: true },
    vulnerabilities: vulnerable ? [vulnerable] : [],
    isSynthetic: true,
  });
  const exemption =
    nationality === 'MX'
      ? 'mexican_national'
      : vulnerable && !r.chance(MPP_INTAKE.vulnerableEnrolledAnyway)
        ? vulnerable
        : r.chance(MPP_INTAKE.otherExemption)
          ? r.pick(OTHER_EXEMPTIONS)
          : null;
  if (exemption) {
    const note =
      exemption === 'mexican_national'
        ? 'Mexican national: processed under another pathway.'
        : 'Not amenable: processed for an NTA and released to await proceedings in the U.S.';
    run.changeCase(intake, run.after(r.between(20, 120)), (record, ctx) =>
      exemptFromMpp(record, { reason: exemption, note, at: ctx.now }, ctx),
    );
    return 'exempt';
  }
  const ctx: MppContext = {
    ...input,
    run,
    term,
    intake,
    judge: input.office.court,
    counsel: null,
    override: vulnerable ? 'Port director approved the return pending a medical review.' : null,
    harmed: null,
  };
  const [minDays, maxDays] = MPP_INTAKE.firstHearingDays[term];
  const ntaServedAt = run.after(r.between(60, 360));
  const firstHearingDate = dateAfter(ntaServedAt, r.between(minDays, maxDays));
  const noticeAddress = r.chance(MPP_INTAKE.noticeWithoutAddress)
    ? null
    : `${r.pick(SHELTERS)}, ${input.office.office.mexicanCity}`;
  run.changeCase(intake, ntaServedAt, (record, c) =>
    enrolInMpp(
      record,
      {
        nationality,
        ntaServedAt: c.now,
        firstHearingDate,
        hearingLocation: input.office.office.mppLocation,
        noticeAddress,
        overrideReason: ctx.override,
      },
      c,
    ),
  );
  if (r.chance(MPP_SCREENING.fearAtEncounter[term]) && mppScreening(ctx, 'encounter') === 'positive') {
    return runInteriorCourt(run, {
      staff: input.staff,
      office: input.office,
      kind: 'removal',
      origin: 'nta',
      court: r.pick(INTERIOR_COURTS),
      openedAt: run.after(r.between(2, 20) * 1440),
      counsel: null,
      representation: MPP_COURT.representedInland,
      completes: 0.3,
    });
  }
  sendBackToMexico(ctx, firstHearingDate);
  const openedAt = later(ntaServedAt, r.between(1, 10) * 1440);
  const proceedingId = openProceeding(run, ctx.judge, openedAt < run.now ? run.after(10) : openedAt, {
    kind: 'removal',
    origin: 'nta',
    court: input.office.office.mppLocation,
  });
  return runMppHearings(ctx, proceedingId, firstHearingDate);
}

// An MPP interview on a fear claim (at the encounter, or when presented for a hearing): mostly negative.
function mppScreening(
  ctx: MppContext,
  occasion: 'encounter' | 'hearing_presentation',
): 'positive' | 'negative' | 'dissolved' {
  const { run, term } = ctx;
  const r = run.random;
  const screeningId = r.uuid();
  const at = run.after(r.between(20, 120));
  const raisedHow = term === '2019' ? 'unprompted' : 'when_asked';
  run.claimFear(ctx.intake, at, { id: r.uuid(), at, raisedHow, raisedTo: 'cbp', occasion, screeningId });
  const positive = r.chance(MPP_SCREENING.positive[term]);
  const end = runScreening(run, {
    screeningId,
    kind: 'mpp_interview',
    positive,
    staff: ctx.staff,
    office: ctx.office,
    nationality: ctx.person.nationality,
    encounterAt: ctx.encounterAt,
    counselPresent: r.chance(MPP_SCREENING.counselPresent[term]),
    harmInMexico: positive ? 0.35 : 0.08,
    detentionArrivalAt: null,
  });
  return end.result;
}

// Returned to Mexico to wait for the hearing (an override reason when the person is in a vulnerable group).
function sendBackToMexico(ctx: MppContext, hearingDate: string): void {
  const { run, office } = ctx;
  const id = run.random.uuid();
  const at = run.after(run.random.between(30, 240));
  run.changeCase(ctx.intake, at, (record, c) =>
    returnToMexico(
      record,
      {
        id,
        at: c.now,
        port: office.office.port,
        hearingDate,
        hearingLocation: office.office.mppLocation,
        overrideReason: ctx.override,
        hasOpenScreening: run.hasOpenScreening(),
      },
      c,
    ),
  );
}

// The MPP court: a master hearing, and for those who appear, a return, an application and a final hearing.
function runMppHearings(ctx: MppContext, proceedingId: string, firstHearingDate: string): CourtEnd {
  const { run, term, judge } = ctx;
  const r = run.random;
  const medium = ctx.office.office.mppMedium;
  const location = ctx.office.office.mppLocation;
  if (r.chance(MPP_COURT.represented)) {
    ctx.counsel = r.pick(ctx.staff.counsel);
    const at = run.after(r.between(1, 20) * 1440);
    if (at < hearingInstant(firstHearingDate))
      run.recordRepresentation(judge, at, { id: r.uuid(), counsel: ctx.counsel, form: 'EOIR-28' });
    else ctx.counsel = null;
  }
  const firstAt = hearingInstant(firstHearingDate);
  const first = scheduleHearing(run, judge, proceedingId, {
    at: firstAt,
    calendar: 'master',
    location,
    medium,
  });
  maybeReportHarm(ctx, firstAt);
  if (term === '2019' && firstHearingDate >= MPP_HEARINGS_SUSPENDED) return windDown(ctx, proceedingId);
  const missed =
    ctx.harmed?.dead === true ||
    r.chance(ctx.counsel ? MPP_COURT.missRepresented : MPP_COURT.missFirst[term]);
  recordAttendance(run, judge, proceedingId, first, firstAt, missed);
  if (missed) return removeInAbsentia(ctx, proceedingId);
  const finalDate = dateAfter(firstAt, r.between(30, 90));
  if (
    r.chance(MPP_SCREENING.fearAtHearing) &&
    findMppPeriod(later(run.now, 5 * 1440)) &&
    mppScreening(ctx, 'hearing_presentation') === 'positive'
  ) {
    return changeVenue(ctx, proceedingId, run.now, 0.3);
  }
  const applies = r.chance(ctx.counsel ? MPP_COURT.applies.represented : MPP_COURT.applies.unrepresented);
  const finalAt = hearingInstant(finalDate);
  const final = scheduleHearing(run, judge, proceedingId, {
    at: finalAt,
    calendar: applies ? 'individual' : 'master',
    location,
    medium,
  });
  if (findMppPeriod(run.now)) sendBackToMexico(ctx, finalDate);
  let application: { id: string; kind: ApplicationKind } | null = null;
  if (applies) {
    const kind = r.weighted({ asylum: 60, withholding: 30, cat: 10 });
    const filedAt = run.after(r.between(1, 20) * 1440);
    if (filedAt < later(finalAt, -1440))
      application = { id: fileApplication(run, ctx.counsel ?? judge, filedAt, proceedingId, kind), kind };
  }
  maybeReportHarm(ctx, finalAt);
  if (term === '2019' && finalDate >= MPP_HEARINGS_SUSPENDED) return windDown(ctx, proceedingId);
  const missedFinal =
    ctx.harmed?.dead === true ||
    r.chance(ctx.counsel ? MPP_COURT.missRepresented : MPP_COURT.missLater[term]);
  recordAttendance(run, judge, proceedingId, final, finalAt, missedFinal);
  if (missedFinal) return removeInAbsentia(ctx, proceedingId);
  const relief =
    application !== null &&
    r.chance(ctx.counsel ? MPP_COURT.relief.represented : MPP_COURT.relief.unrepresented);
  return decideAtFinalHearing(run, judge, proceedingId, application, relief, MPP_COURT.otherOutcome);
}

function removeInAbsentia(ctx: MppContext, proceedingId: string): CourtEnd {
  ctx.run.changeProceeding(ctx.judge, ctx.run.after(ctx.run.random.between(20, 120)), proceedingId, (p, c) =>
    court.completeProceeding(p, { outcome: { kind: 'removal_ordered', inAbsentia: true }, at: c.now }, c),
  );
  return 'removed';
}

// Hearings suspended from March 2020; from February 2021 people with active cases were processed into the U.S.
// and their cases moved to interior courts, where most were still pending at the end of 2022.
function windDown(ctx: MppContext, proceedingId: string): CourtEnd {
  const r = ctx.run.random;
  if (!r.chance(MPP_COURT.windDownTransfer)) return 'pending';
  const at = later(`${MPP_WIND_DOWN}T16:00:00.000Z`, r.between(0, 240) * 1440);
  return changeVenue(ctx, proceedingId, at < ctx.run.now ? ctx.run.after(60) : at, 0.1);
}

function changeVenue(ctx: MppContext, proceedingId: string, at: string, completes: number): CourtEnd {
  const { run } = ctx;
  run.changeProceeding(ctx.judge, at, proceedingId, (p, c) =>
    court.completeProceeding(p, { outcome: { kind: 'change_of_venue' }, at: c.now }, c),
  );
  const interiorCourt = run.random.pick(INTERIOR_COURTS);
  return runInteriorCourt(run, {
    staff: ctx.staff,
    office: ctx.office,
    kind: 'removal',
    origin: 'change_of_venue',
    court: interiorCourt,
    openedAt: run.after(run.random.between(1, 30) * 1440),
    counsel: ctx.counsel,
    representation: MPP_COURT.representedInland,
    completes,
  });
}

function maybeReportHarm(ctx: MppContext, before: string): void {
  if (ctx.harmed || !ctx.run.random.chance(MPP_COURT.harmAfterReturn)) return;
  ctx.harmed = reportHarmAfterReturn(ctx.run, {
    intake: ctx.intake,
    counsel: ctx.counsel,
    place: ctx.office.office.mexicanCity,
    before,
  });
}

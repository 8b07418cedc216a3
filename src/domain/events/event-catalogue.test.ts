// Every event a transition emits must parse with the catalogue, unchanged: a field the schema does not know would be
// stripped on the way into the ledger, and a field it requires but the transition omits would fail to store.
import { describe, expect, it } from 'vitest';
import { DomainEventSchema, type DomainEvent } from './event-catalogue.ts';
import {
  enrolInMpp,
  exemptFromMpp,
  markNotAmenable,
  openCase,
  recordFearClaim,
  returnToMexico,
} from '../cases/case.transitions.ts';
import {
  completeProceeding,
  decideApplication,
  fileApplication,
  openProceeding,
  recordAttendance,
  scheduleHearing,
} from '../court/proceeding.transitions.ts';
import { registerPerson, validatePerson } from '../cases/person.ts';
import { recordRepresentation } from '../court/representation.ts';
import { clearFlag, raiseNewFlags } from '../flags/flag.transitions.ts';
import { serveHearingNotice } from '../court/hearing-notice.ts';
import { reportHarm } from '../harm/harm-report.ts';
import {
  acceptAppearanceNotice,
  fileAppearanceNotice,
  rejectAppearanceNotice,
  withdrawAppearanceNotice,
} from '../representation/appearance-notice.ts';
import { fileDocument } from '../representation/filing.ts';
import { declineCategoryAndReturn } from '../objections/category-objection.ts';
import { declineCategory, withdrawObjection } from '../objections/objection.ts';
import { transferCase } from '../cases/case-transfer.transitions.ts';
import { requestIjReview } from '../screenings/service-and-ij-review.transitions.ts';
import { SCREENING_KINDS } from '../screenings/legal-standard.ts';
import { assignScreening, declineAssignment } from '../screenings/assignment.transitions.ts';
import { reconsiderScreening } from '../screenings/determination.transitions.ts';
import { dissolveScreening, referScreening } from '../screenings/referral.transitions.ts';
import type { Transition } from '../transition.ts';
import { ctxFor, driveScreening, OFFICER_ID, okValue, SUPERVISOR_ID } from '../../../test/factories.ts';

/** Runs a whole scenario across cases, screenings, the court and harm reports, and returns every event emitted. */
function runScenario(): DomainEvent[] {
  const events: DomainEvent[] = [];
  const take = <S>(t: Transition<S>): S => {
    const v = okValue(t);
    events.push(...v.events);
    return v.state;
  };
  const intake = ctxFor('intake');
  const court = ctxFor('court');
  const supervisor = ctxFor('supervisor', SUPERVISOR_ID);

  const person = okValue(
    validatePerson({
      aNumber: 'A900-000-001',
      familyName: 'SYNTHETIC-1',
      givenName: 'Ana',
      nationality: 'GT',
    }),
  );
  events.push(...registerPerson('p-1', person).events);
  let record = take(
    openCase(
      {
        id: 'case-1',
        personId: 'p-1',
        nationality: 'GT',
        office: 'ELP',
        track: 'mpp',
        encounter: { at: '2019-06-01T08:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
        vulnerabilities: ['criminal_or_violence_history'],
        isSynthetic: true,
      },
      intake,
    ),
  );
  record = take(
    enrolInMpp(
      record,
      {
        nationality: 'GT',
        ntaServedAt: '2019-06-01T12:00:00Z',
        firstHearingDate: '2019-09-03',
        hearingLocation: 'El Paso',
        noticeAddress: null,
      },
      intake,
    ),
  );
  record = take(
    recordFearClaim(
      record,
      {
        id: 'fear-1',
        at: '2019-06-01T13:00:00Z',
        raisedHow: 'unprompted',
        raisedTo: 'cbp',
        occasion: 'encounter',
        screeningId: 'scr-1',
      },
      intake,
    ),
  );
  record = take(
    returnToMexico(
      record,
      {
        id: 'ret-1',
        at: '2019-06-12T10:00:00Z',
        port: 'El Paso POE',
        hearingDate: '2019-09-03',
        hearingLocation: 'El Paso',
        hasOpenScreening: false,
      },
      intake,
    ),
  );
  const harm = okValue(
    reportHarm(
      record,
      {
        id: 'harm-1',
        kind: 'extortion',
        occurredOn: '2019-07-01',
        place: 'Ciudad Juárez',
        source: 'ngo',
        description: '',
      },
      ctxFor('counsel'),
    ),
  );
  events.push(...harm.events);
  const raised = raiseNewFlags({
    record,
    screenings: [],
    harmReports: [harm.report],
    existing: [],
    newId: () => 'flag-1',
    at: '2019-07-02T10:00:00.000Z',
  });
  expect(raised.flags).toHaveLength(1);
  events.push(...raised.events);
  events.push(...okValue(clearFlag(raised.flags[0]!, 'Checked the notice address.', supervisor)).events);
  events.push(
    ...okValue(
      recordRepresentation(
        {
          id: 'rep-1',
          caseId: 'case-1',
          counselId: 'counsel-1',
          counselRole: 'counsel',
          form: 'EOIR-28',
          filedAt: '2019-07-03T10:00:00Z',
        },
        court,
      ),
    ).events,
  );
  take(markNotAmenable(record, { screeningId: 'scr-2', at: '2019-09-04T10:00:00.000Z' }));
  const other = take(
    openCase(
      {
        id: 'case-2',
        personId: 'p-2',
        nationality: 'MX',
        office: 'ELP',
        track: 'mpp',
        encounter: { at: '2022-02-01T08:00:00Z', place: 'Laredo', arrivedByLandFromMexico: true },
      },
      intake,
    ),
  );
  take(
    exemptFromMpp(
      other,
      { reason: 'mexican_national', note: 'Passport seen.', at: '2022-02-01T09:00:00Z' },
      intake,
    ),
  );

  for (const kind of SCREENING_KINDS) events.push(...driveScreening({ kind, until: 'served' }).events);
  for (const until of ['ij_affirmed', 'ij_review_declined'] as const)
    events.push(...driveScreening({ until }).events.slice(-2));
  const served = driveScreening({ until: 'served' }).screening;
  take(reconsiderScreening(served, { reason: 'New evidence.' }, supervisor));
  const referred = take(
    referScreening(
      {
        id: 'scr-3',
        caseId: 'case-1',
        kind: 'credible_fear',
        office: 'HOU',
        referredAt: '2019-03-01T10:00:00Z',
        detentionArrivalAt: '2019-03-01T08:00:00Z',
      },
      intake,
    ),
  );
  const assigned = take(
    assignScreening(
      referred,
      { officerId: OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
      supervisor,
    ),
  );
  const declined = take(
    declineAssignment(
      assigned,
      { reason: 'Conscience.', objectionId: 'obj-1' },
      ctxFor('officer', OFFICER_ID),
    ),
  );
  take(dissolveScreening(declined, { reason: 'Withdrawn.' }, supervisor));
  const objector = ctxFor('officer', OFFICER_ID);
  const standing = okValue(
    declineCategory({ id: 'obj-2', category: 'mpp_interview', reason: 'Conscience.' }, objector),
  );
  events.push(...standing.events, ...okValue(withdrawObjection(standing.objection, objector)).events);
  const returned = okValue(
    declineCategoryAndReturn(
      { id: 'obj-3', category: 'credible_fear', reason: 'Conscience.' },
      [assigned],
      [],
      objector,
    ),
  );
  expect(returned.returned).toHaveLength(1);
  events.push(...returned.events);
  const transferred = okValue(
    transferCase(
      record,
      [{ ...assigned, caseId: record.id }],
      { office: 'HOU', reason: 'Detained in Houston.', receivingOfficeHasSupervisor: true },
      { ...supervisor, actor: { ...supervisor.actor, office: 'ELP' } },
    ),
  );
  events.push(...transferred.events);
  take(
    requestIjReview(
      driveScreening({ until: 'served' }).screening,
      { at: '2019-03-04T13:30:00Z', court: 'hou' },
      ctxFor('officer', OFFICER_ID),
    ),
  );

  let p = take(
    openProceeding(
      {
        id: 'proc-1',
        caseId: 'case-1',
        kind: 'removal',
        origin: 'nta',
        court: 'HOU',
        openedAt: '2019-06-01T12:00:00Z',
      },
      court,
    ),
  );
  p = take(
    scheduleHearing(
      p,
      { id: 'h-1', at: '2019-09-03T15:00:00Z', calendar: 'master', location: 'El Paso', medium: 'video' },
      court,
    ),
  );
  const notice = okValue(
    serveHearingNotice(
      p,
      { id: 'notice-1', hearingId: 'h-1', method: 'mail', address: null, servedAt: '2019-06-02T12:00:00Z' },
      court,
    ),
  );
  events.push(...notice.events);
  p = take(recordAttendance(p, { hearingId: 'h-1', attendance: 'attended' }, court));
  p = take(
    fileApplication(p, { id: 'app-1', kind: 'asylum', filedAt: '2019-09-03T15:30:00Z' }, ctxFor('counsel')),
  );
  p = take(
    decideApplication(p, { applicationId: 'app-1', decision: 'granted', at: '2020-01-10T10:00:00Z' }, court),
  );
  take(
    completeProceeding(
      p,
      { outcome: { kind: 'relief_granted', relief: 'asylum' }, at: '2020-01-10T11:00:00Z' },
      court,
    ),
  );
  const counsel = ctxFor('counsel');
  const consent = {
    documentId: 'doc-1',
    sha256: 'a'.repeat(64),
    mediaType: 'application/pdf',
    sizeBytes: 1200,
  };
  const filed = (id: string, form: string) =>
    take(fileAppearanceNotice({ id, form, aNumber: '012345678', caseId: 'case-1', consent }, counsel));
  const accepted = okValue(
    acceptAppearanceNotice(filed('n-1', 'EOIR-28'), { representationId: 'rep-1', note: null }, court),
  );
  events.push(...accepted.events);
  take(withdrawAppearanceNotice(accepted.state, { reason: null }, counsel));
  take(rejectAppearanceNotice(filed('n-2', 'G-28'), { reason: 'Consent unsigned.' }, intake));
  take(
    fileDocument(
      { id: 'f-1', caseId: 'case-1', kind: 'brief', title: 'Brief on nexus', document: consent },
      counsel,
    ),
  );
  take(
    requestIjReview(
      driveScreening({ until: 'served' }).screening,
      { at: '2019-03-20T10:00:00Z', court: 'hou' },
      ctxFor('officer', OFFICER_ID),
    ),
  );
  return events;
}

describe('the event catalogue', () => {
  const events = runScenario();

  it('parses every event a transition emits, without losing or changing a field', () => {
    expect(events.length).toBeGreaterThan(40);
    for (const event of events) {
      const parsed = DomainEventSchema.safeParse(event);
      expect(parsed.success, `${event.type}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(parsed.data, event.type).toEqual(event);
    }
  });

  it('the scenario reaches every event type the domain transitions emit', () => {
    const emitted = new Set(events.map((e) => e.type));
    const expected = [
      'case.opened',
      'mpp.enrolled',
      'mpp.exempted',
      'mpp.not_amenable',
      'mpp.returned_to_mexico',
      'fear.claimed',
      'screening.referred',
      'screening.assigned',
      'screening.declined',
      'screening.returned_to_queue',
      'case.transferred',
      'screening.scheduled',
      'screening.interviewed',
      'screening.decided',
      'screening.reviewed',
      'screening.served',
      'screening.ij_review_requested',
      'screening.ij_review_declined',
      'screening.ij_decided',
      'screening.dissolved',
      'screening.reconsidered',
      'proceeding.opened',
      'hearing.scheduled',
      'hearing.attendance_recorded',
      'application.filed',
      'application.decided',
      'proceeding.completed',
      'hearing.notice_served',
      'representation.requested',
      'representation.accepted',
      'representation.rejected',
      'representation.ended',
      'filing.filed',
      'harm.reported',
      'person.registered',
      'objection.recorded',
      'objection.withdrawn',
      'flag.raised',
      'flag.cleared',
      'representation.recorded',
    ];
    expect([...emitted].sort()).toEqual(expected.sort());
  });

  it('rejects an unknown type and a payload missing a required field', () => {
    expect(
      DomainEventSchema.safeParse({ type: 'screening.approved', caseId: null, payload: {} }).success,
    ).toBe(false);
    expect(
      DomainEventSchema.safeParse({
        type: 'screening.decided',
        caseId: 'c',
        payload: {
          screeningId: 's',
          result: 'positive',
          standard: 'x',
          reasoning: 'x',
          at: '2019-01-01T00:00:00.000Z',
        },
      }).success,
    ).toBe(false);
    expect(
      DomainEventSchema.safeParse({
        type: 'screening.served',
        caseId: 'c',
        payload: { screeningId: 's', at: '2019-01-01T00:00:00.000Z', result: 'maybe', kind: 'credible_fear' },
      }).success,
    ).toBe(false);
  });
});

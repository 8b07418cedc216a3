// The case's transitions: the encounter, MPP enrolment or exemption, returns to Mexico and fear claims.
import type { CommandContext, Role } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import {
  MPP_EXEMPTION_REASONS,
  validateMppExemption,
  VULNERABLE_GROUP_REASONS,
  type MppExemptionReason,
} from '../mpp/mpp-exemption.ts';
import { findMppPeriod, getMppPeriod } from '../mpp/mpp-period.ts';
import { isCalendarDate, notInFuture, parseInstant } from '../time.ts';
import { requireRole, requireText, type Transition } from '../transition.ts';
import type { CaseRecord, Encounter, FearClaim, ReturnToMexico, Track } from './case.ts';
import { TRACKS } from './case.ts';

/** Who may do each act on a case (the transitions check it; the case file offers the act only to them). */
export const CASE_ACT_ROLES = {
  openCase: ['intake', 'system'],
  enrol: ['intake', 'system'],
  exempt: ['intake', 'supervisor', 'system'],
  returnToMexico: ['intake', 'system'],
  claimFear: ['intake', 'officer', 'supervisor', 'court', 'system'],
} as const satisfies Record<string, readonly Role[]>;

export interface OpenCaseInput {
  id: string;
  personId: string;
  nationality: string;
  office: string;
  track: string;
  encounter: Encounter;
  vulnerabilities?: readonly MppExemptionReason[];
  isSynthetic?: boolean;
}

/** Opens a case from a border encounter. An MPP case needs a land arrival from Mexico while MPP was in force. */
export function openCase(input: OpenCaseInput, ctx: CommandContext): Transition<CaseRecord> {
  const role = requireRole(ctx, CASE_ACT_ROLES.openCase, 'record an encounter');
  if (!role.ok) return role;
  if (!(TRACKS as readonly string[]).includes(input.track)) {
    return fail('VALIDATION_FAILED', `Unknown track "${input.track}"; use one of: ${TRACKS.join(', ')}.`, {
      field: 'track',
    });
  }
  const track = input.track as Track;
  const at = parseInstant('encounter.at', input.encounter.at);
  if (!at.ok) return at;
  const past = notInFuture('encounter.at', at.value, ctx.now);
  if (!past.ok) return past;
  const place = requireText('encounter.place', input.encounter.place, 'The place of the encounter');
  if (!place.ok) return place;
  const unknown = (input.vulnerabilities ?? []).filter(
    (v) => !(MPP_EXEMPTION_REASONS as readonly string[]).includes(v),
  );
  if (unknown.length > 0) {
    return fail(
      'VALIDATION_FAILED',
      `Unknown vulnerability "${unknown.join('", "')}"; use one of: ${MPP_EXEMPTION_REASONS.join(', ')}.`,
      { field: 'vulnerabilities', unknown },
    );
  }
  if (track === 'mpp') {
    const period = getMppPeriod(at.value);
    if (!period.ok) return period;
    if (!input.encounter.arrivedByLandFromMexico) {
      return fail(
        'INVALID_TRANSITION',
        'MPP applies only to people arriving by land from Mexico; choose another track.',
        { field: 'track' },
      );
    }
  }
  const record: CaseRecord = {
    id: input.id,
    personId: input.personId,
    office: input.office,
    track,
    status: 'open',
    encounter: {
      at: at.value,
      place: place.value,
      arrivedByLandFromMexico: input.encounter.arrivedByLandFromMexico,
    },
    vulnerabilities: [...(input.vulnerabilities ?? [])],
    mpp: track === 'mpp' ? { state: 'pending' } : { state: 'not_applicable' },
    returns: [],
    fearClaims: [],
    isSynthetic: input.isSynthetic ?? false,
  };
  return ok({
    state: record,
    events: [
      {
        type: 'case.opened',
        caseId: record.id,
        payload: {
          personId: input.personId,
          office: record.office,
          track,
          encounter: record.encounter,
          vulnerabilities: [...record.vulnerabilities],
          isSynthetic: record.isSynthetic,
        },
      },
    ],
  });
}

export interface EnrolInput {
  nationality: string;
  ntaServedAt: string;
  firstHearingDate: string;
  hearingLocation: string;
  noticeAddress: string | null;
  overrideReason?: string | null;
}

/** Enrols an MPP case: the Notice to Appear and its first hearing. Mexican nationals and vulnerable groups are not amenable. */
export function enrolInMpp(
  record: CaseRecord,
  input: EnrolInput,
  ctx: CommandContext,
): Transition<CaseRecord> {
  const role = requireRole(ctx, CASE_ACT_ROLES.enrol, 'enrol a case in MPP');
  if (!role.ok) return role;
  if (record.mpp.state !== 'pending')
    return fail(
      'INVALID_TRANSITION',
      `This case cannot be enrolled in MPP: its MPP status is "${record.mpp.state}".`,
      { mpp: record.mpp.state },
    );
  if (input.nationality.toUpperCase() === 'MX') {
    return fail(
      'EXEMPT_GROUP',
      'Mexican nationals are not amenable to MPP; record the exemption "mexican_national" instead.',
      { reason: 'mexican_national' },
    );
  }
  const vulnerable = record.vulnerabilities.filter((v) => VULNERABLE_GROUP_REASONS.includes(v));
  if (vulnerable.length > 0 && !input.overrideReason?.trim()) {
    return fail(
      'EXEMPT_GROUP',
      `The record shows ${vulnerable.join(', ')}: record the exemption, or give an override reason (it will be flagged for review).`,
      { vulnerabilities: vulnerable },
    );
  }
  const served = parseInstant('ntaServedAt', input.ntaServedAt);
  if (!served.ok) return served;
  const past = notInFuture('ntaServedAt', served.value, ctx.now);
  if (!past.ok) return past;
  if (served.value < record.encounter.at) {
    return fail(
      'VALIDATION_FAILED',
      `The NTA (${served.value}) cannot be served before the encounter (${record.encounter.at}).`,
      { field: 'ntaServedAt' },
    );
  }
  const period = getMppPeriod(served.value);
  if (!period.ok) return period;
  if (!isCalendarDate(input.firstHearingDate) || input.firstHearingDate <= served.value.slice(0, 10)) {
    return fail(
      'VALIDATION_FAILED',
      `The first hearing date must be a calendar date after the NTA was served; got "${input.firstHearingDate}".`,
      { field: 'firstHearingDate' },
    );
  }
  const location = requireText('hearingLocation', input.hearingLocation, 'The hearing location');
  if (!location.ok) return location;
  const mpp = {
    state: 'enrolled' as const,
    term: period.value.term,
    at: served.value,
    ntaServedAt: served.value,
    firstHearingDate: input.firstHearingDate,
    hearingLocation: location.value,
    noticeAddress: input.noticeAddress?.trim() || null,
  };
  return ok({
    state: { ...record, mpp },
    events: [
      {
        type: 'mpp.enrolled',
        caseId: record.id,
        payload: {
          term: mpp.term,
          ntaServedAt: mpp.ntaServedAt,
          firstHearingDate: mpp.firstHearingDate,
          hearingLocation: mpp.hearingLocation,
          noticeAddress: mpp.noticeAddress,
          overrideReason: input.overrideReason?.trim() || null,
        },
      },
    ],
  });
}

/** Records that a person is not amenable to MPP, always with the reason from the list of the period in force. */
export function exemptFromMpp(
  record: CaseRecord,
  input: { reason: string; note: string; at: string },
  ctx: CommandContext,
): Transition<CaseRecord> {
  const role = requireRole(ctx, CASE_ACT_ROLES.exempt, 'record an MPP exemption');
  if (!role.ok) return role;
  if (record.mpp.state !== 'pending' && record.mpp.state !== 'enrolled') {
    return fail(
      'INVALID_TRANSITION',
      `An exemption can be recorded only for a case pending or enrolled in MPP; this one is "${record.mpp.state}".`,
    );
  }
  const at = parseInstant('at', input.at);
  if (!at.ok) return at;
  const past = notInFuture('at', at.value, ctx.now);
  if (!past.ok) return past;
  const reason = validateMppExemption(input.reason, at.value);
  if (!reason.ok) return reason;
  const mpp = {
    state: 'exempt' as const,
    term: reason.value.term,
    at: at.value,
    reason: reason.value.reason,
    note: input.note.trim(),
  };
  return ok({
    state: { ...record, mpp },
    events: [
      {
        type: 'mpp.exempted',
        caseId: record.id,
        payload: { term: mpp.term, reason: mpp.reason, note: mpp.note, at: mpp.at },
      },
    ],
  });
}

/** Marks the case not amenable after a positive MPP determination was served (2021 term: "disenrolled"). */
export function markNotAmenable(
  record: CaseRecord,
  input: { screeningId: string; at: string },
): Transition<CaseRecord> {
  if (record.mpp.state !== 'enrolled' && record.mpp.state !== 'pending') {
    return fail(
      'INVALID_TRANSITION',
      `Only a case in MPP can be found not amenable; this one is "${record.mpp.state}".`,
    );
  }
  const term = record.mpp.state === 'enrolled' ? record.mpp.term : (findMppPeriod(input.at)?.term ?? '2019');
  const mpp = { state: 'not_amenable' as const, term, at: input.at, screeningId: input.screeningId };
  return ok({
    state: { ...record, mpp },
    events: [
      {
        type: 'mpp.not_amenable',
        caseId: record.id,
        payload: { screeningId: input.screeningId, at: input.at, term },
      },
    ],
  });
}

export interface ReturnInput {
  id: string;
  at: string;
  port: string;
  hearingDate: string;
  hearingLocation: string;
  overrideReason?: string | null;
  /** The service tells whether an MPP screening is still undecided or unserved. */
  hasOpenScreening: boolean;
}

/** Returns an enrolled person to Mexico to await the hearing. Someone exempt or vulnerable needs an override reason. */
export function returnToMexico(
  record: CaseRecord,
  input: ReturnInput,
  ctx: CommandContext,
): Transition<CaseRecord> {
  const role = requireRole(ctx, CASE_ACT_ROLES.returnToMexico, 'record a return to Mexico');
  if (!role.ok) return role;
  const override = input.overrideReason?.trim() || null;
  const exemptState = record.mpp.state === 'exempt' || record.mpp.state === 'not_amenable';
  const vulnerable = record.vulnerabilities.filter((v) => VULNERABLE_GROUP_REASONS.includes(v));
  if (record.mpp.state !== 'enrolled' && !exemptState) {
    return fail(
      'INVALID_TRANSITION',
      `Only a case enrolled in MPP can be returned to Mexico; this one is "${record.mpp.state}".`,
    );
  }
  if ((exemptState || vulnerable.length > 0) && !override) {
    const why = exemptState
      ? `the case is ${record.mpp.state.replace('_', ' ')}`
      : `the record shows ${vulnerable.join(', ')}`;
    return fail(
      'EXEMPT_GROUP',
      `This person is in an exempt group (${why}); a return needs an override reason, and it will be flagged.`,
      { mpp: record.mpp.state, vulnerabilities: vulnerable },
    );
  }
  if (input.hasOpenScreening) {
    return fail(
      'INVALID_TRANSITION',
      'A fear screening for this case is not yet decided and served; the person cannot be returned until it is.',
    );
  }
  const at = parseInstant('at', input.at);
  if (!at.ok) return at;
  const past = notInFuture('at', at.value, ctx.now);
  if (!past.ok) return past;
  if (at.value < record.encounter.at)
    return fail(
      'VALIDATION_FAILED',
      `A return (${at.value}) cannot precede the encounter (${record.encounter.at}).`,
      { field: 'at' },
    );
  // MPP gives the only authority to return someone to Mexico to await a hearing; outside its periods there is none.
  const inForce = getMppPeriod(at.value);
  if (!inForce.ok) return inForce;
  if (!isCalendarDate(input.hearingDate) || input.hearingDate < at.value.slice(0, 10)) {
    return fail(
      'VALIDATION_FAILED',
      `The hearing date must be a calendar date on or after the return; got "${input.hearingDate}".`,
      { field: 'hearingDate' },
    );
  }
  const port = requireText('port', input.port, 'The port of entry');
  if (!port.ok) return port;
  const entry: ReturnToMexico = {
    id: input.id,
    at: at.value,
    port: port.value,
    hearingDate: input.hearingDate,
    hearingLocation: input.hearingLocation.trim(),
    overrideReason: override,
  };
  return ok({
    state: { ...record, returns: [...record.returns, entry] },
    events: [{ type: 'mpp.returned_to_mexico', caseId: record.id, payload: { ...entry } }],
  });
}

/** Records a fear claim and the screening it opens. */
export function recordFearClaim(
  record: CaseRecord,
  claim: FearClaim,
  ctx: CommandContext,
): Transition<CaseRecord> {
  const role = requireRole(ctx, CASE_ACT_ROLES.claimFear, 'record a fear claim');
  if (!role.ok) return role;
  if (record.status !== 'open')
    return fail('INVALID_TRANSITION', 'The case is closed; reopen it before recording a fear claim.');
  if (record.track === 'mpp' && (record.mpp.state === 'exempt' || record.mpp.state === 'not_amenable')) {
    return fail(
      'INVALID_TRANSITION',
      `The case is ${record.mpp.state.replace('_', ' ')} under MPP: fear of return to Mexico needs no screening.`,
    );
  }
  const codes = checkFearClaimCodes(claim);
  if (!codes.ok) return codes;
  const at = parseInstant('at', claim.at);
  if (!at.ok) return at;
  const past = notInFuture('at', at.value, ctx.now);
  if (!past.ok) return past;
  if (at.value < record.encounter.at)
    return fail('VALIDATION_FAILED', 'A fear claim cannot precede the encounter that opened the case.', {
      field: 'at',
    });
  const entry: FearClaim = {
    id: claim.id,
    at: at.value,
    raisedHow: claim.raisedHow,
    raisedTo: claim.raisedTo,
    occasion: claim.occasion,
    screeningId: claim.screeningId,
  };
  return ok({
    state: { ...record, fearClaims: [...record.fearClaims, entry] },
    events: [{ type: 'fear.claimed', caseId: record.id, payload: { ...entry } }],
  });
}

const FEAR_CODES = {
  raisedHow: ['unprompted', 'when_asked'],
  raisedTo: ['cbp', 'asylum_officer', 'immigration_judge', 'other'],
  occasion: ['encounter', 'hearing_presentation', 'other'],
} as const satisfies Record<'raisedHow' | 'raisedTo' | 'occasion', readonly string[]>;

function checkFearClaimCodes(claim: FearClaim): Result<true> {
  for (const field of ['raisedHow', 'raisedTo', 'occasion'] as const) {
    const allowed: readonly string[] = FEAR_CODES[field];
    if (!allowed.includes(claim[field]))
      return fail(
        'VALIDATION_FAILED',
        `Unknown ${field} "${claim[field]}"; use one of: ${allowed.join(', ')}.`,
        { field },
      );
  }
  return ok(true);
}

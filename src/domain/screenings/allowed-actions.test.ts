// What the UI offers must be what the server accepts: for generated (state, actor) pairs, every offered action
// succeeds with ordinary input, and every action not offered is rejected.
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../actor.ts';
import type { Transition } from '../transition.ts';
import { SCREENING_KINDS, type ScreeningKind } from './legal-standard.ts';
import type { Screening, ScreeningStatus } from './screening.ts';
import type { CaseAccessFacts } from '../access/need-to-know.ts';
import { offeredScreeningActions } from '../access/offered-actions.ts';
import { allowedScreeningActions, SCREENING_ACTIONS } from './allowed-actions.ts';
import { assignScreening, declineAssignment } from './assignment.transitions.ts';
import { decideScreening, reconsiderScreening, reviewDetermination } from './determination.transitions.ts';
import { recordInterview, scheduleInterview } from './interview.transitions.ts';
import { dissolveScreening } from './referral.transitions.ts';
import {
  declineIjReview,
  recordIjDecision,
  requestIjReview,
  serveDetermination,
} from './service-and-ij-review.transitions.ts';
import {
  addMinutes,
  buildTestimony,
  ctxFor,
  driveScreening,
  OFFICER_ID,
  OTHER_OFFICER_ID,
  SCREENING_DATES,
  stateOf,
  SUPERVISOR_ID,
} from '../../../test/factories.ts';

type Attempt = (s: Screening, ctx: CommandContext) => Transition<Screening>;

/** Every action name with an attempt using ordinary, valid input for the screening at hand. */
const ACTIONS: Record<string, Attempt> = {
  assign: (s, ctx) =>
    assignScreening(
      s,
      { officerId: OTHER_OFFICER_ID, officerRole: 'officer', officerOffice: 'HOU', declinedCategories: [] },
      ctx,
    ),
  dissolve: (s, ctx) => dissolveScreening(s, { reason: 'Claim withdrawn.' }, ctx),
  decline: (s, ctx) => declineAssignment(s, { reason: 'Conscience.', objectionId: 'obj-1' }, ctx),
  schedule: (s, ctx) => scheduleInterview(s, { interviewAt: SCREENING_DATES[s.kind].interviewAt }, ctx),
  interview: (s, ctx) =>
    recordInterview(s, { at: SCREENING_DATES[s.kind].interviewAt, testimony: buildTestimony() }, ctx),
  decide: (s, ctx) =>
    decideScreening(
      s,
      { result: 'negative', standard: SCREENING_DATES[s.kind].standard, reasoning: 'Weighed.' },
      ctx,
    ),
  review: (s, ctx) => reviewDetermination(s, { outcome: 'concur', note: '' }, ctx),
  serve: (s, ctx) => serveDetermination(s, { at: addMinutes(SCREENING_DATES[s.kind].interviewAt, 180) }, ctx),
  request_ij_review: (s, ctx) =>
    requestIjReview(s, { at: addMinutes(SCREENING_DATES[s.kind].interviewAt, 200) }, ctx),
  decline_ij_review: (s, ctx) =>
    declineIjReview(
      s,
      { at: addMinutes(SCREENING_DATES[s.kind].interviewAt, 200), refusedToIndicate: false },
      ctx,
    ),
  ij_decide: (s, ctx) =>
    recordIjDecision(
      s,
      { decision: 'affirmed', at: addMinutes(SCREENING_DATES[s.kind].interviewAt, 60 * 48) },
      ctx,
    ),
  reconsider: (s, ctx) => reconsiderScreening(s, { reason: 'New evidence.' }, ctx),
};

const ACTORS: Record<string, CommandContext> = {
  'assigned officer': ctxFor('officer', OFFICER_ID),
  'another officer': ctxFor('officer', OTHER_OFFICER_ID),
  supervisor: ctxFor('supervisor', SUPERVISOR_ID),
  'second supervisor': ctxFor('supervisor', 'supervisor-2'),
  intake: ctxFor('intake'),
  court: ctxFor('court'),
  counsel: ctxFor('counsel'),
  analyst: ctxFor('analyst'),
  admin: ctxFor('admin'),
};

const DRIVEN: ScreeningStatus[] = [
  'referred',
  'scheduled',
  'interviewed',
  'decided',
  'approved',
  'served',
  'ij_review_requested',
  'ij_review_declined',
  'ij_affirmed',
  'ij_vacated',
];

function states(kind: ScreeningKind): [string, Screening][] {
  const reachable = kind === 'mpp_interview' ? DRIVEN.slice(0, 6) : DRIVEN;
  const out: [string, Screening][] = reachable.map((until) => [
    until,
    driveScreening({ kind, until }).screening,
  ]);
  out.push(['served positive', driveScreening({ kind, until: 'served', result: 'positive' }).screening]);
  const interviewed = driveScreening({ kind, until: 'interviewed' }).screening;
  out.push([
    'interviewed, declined by its officer',
    stateOf(
      declineAssignment(
        interviewed,
        { reason: 'Conscience.', objectionId: 'obj-1' },
        ctxFor('officer', OFFICER_ID),
      ),
    ),
  ]);
  out.push([
    'dissolved',
    stateOf(dissolveScreening(interviewed, { reason: 'Withdrawn.' }, ctxFor('supervisor', SUPERVISOR_ID))),
  ]);
  return out;
}

describe('allowedScreeningActions agrees with the transitions', () => {
  for (const kind of SCREENING_KINDS) {
    for (const [label, screening] of states(kind)) {
      it(`${kind}, ${label}`, () => {
        for (const [actor, ctx] of Object.entries(ACTORS)) {
          const offered: readonly string[] = allowedScreeningActions(screening, ctx);
          for (const name of offered)
            expect(Object.keys(ACTIONS), `unknown action "${name}"`).toContain(name);
          for (const [name, attempt] of Object.entries(ACTIONS)) {
            const result = attempt(screening, ctx);
            const detail = result.ok ? 'accepted' : `${result.error.code}: ${result.error.message}`;
            expect(
              result.ok,
              `${actor} / ${name}: offered=${offered.includes(name)}, transition ${detail}`,
            ).toBe(offered.includes(name));
          }
        }
      });
    }
  }

  it('offers the expected actions at a few landmarks', () => {
    const decided = driveScreening({ until: 'decided' }).screening;
    expect(allowedScreeningActions(decided, ACTORS['supervisor']!).sort()).toEqual(['dissolve', 'review']);
    expect(allowedScreeningActions(decided, ACTORS['assigned officer']!)).toEqual([]);
    const interviewed = driveScreening({ until: 'interviewed' }).screening;
    expect(allowedScreeningActions(interviewed, ACTORS['assigned officer']!).sort()).toEqual([
      'decide',
      'decline',
    ]);
    const mppServed = driveScreening({ kind: 'mpp_interview', until: 'served' }).screening;
    for (const ctx of Object.values(ACTORS))
      expect(allowedScreeningActions(mppServed, ctx)).not.toContain('request_ij_review');
    expect(
      allowedScreeningActions(driveScreening({ until: 'ij_review_requested' }).screening, ACTORS['court']!),
    ).toEqual(['ij_decide']);
  });
});

describe('offeredScreeningActions: the transitions and the need-to-know policy together', () => {
  const factsOf = (s: Screening, office = 'HOU'): CaseAccessFacts => ({
    caseId: s.caseId,
    office,
    screenings: [{ id: s.id, office: s.office, officerId: s.officerId, status: s.status }],
    courts: ['HOU'],
    counselIds: [],
  });

  it('names every action the transitions can offer', () => {
    expect([...SCREENING_ACTIONS].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it('offers the supervisor what the routes let a supervisor do', () => {
    const referred = driveScreening({ until: 'referred' }).screening;
    const supervisor = ACTORS['supervisor']!;
    expect(offeredScreeningActions(referred, supervisor, factsOf(referred)).sort()).toEqual([
      'assign',
      'dissolve',
      'schedule',
    ]);
    const interviewed = driveScreening({ until: 'interviewed' }).screening;
    expect(allowedScreeningActions(interviewed, supervisor)).toContain('dissolve');
    expect(offeredScreeningActions(interviewed, supervisor, factsOf(interviewed))).not.toContain('decide');
  });

  it('offers nothing to a supervisor of another office, and the assigned officer their work', () => {
    const interviewed = driveScreening({ until: 'interviewed' }).screening;
    const elsewhere = { ...ACTORS['supervisor']!, actor: { ...ACTORS['supervisor']!.actor, office: 'ELP' } };
    expect(offeredScreeningActions(interviewed, elsewhere, factsOf(interviewed))).toEqual([]);
    expect(
      offeredScreeningActions(interviewed, ACTORS['assigned officer']!, factsOf(interviewed)).sort(),
    ).toEqual(['decide', 'decline']);
  });
});

// The screening record as one viewer may see it: its legal standard with the source in law, its deadlines now, the
// acts this viewer may take (the transitions' rules and the need-to-know policy), and who declined it only for the
// office's supervisors.
import type { z } from '@hono/zod-openapi';
import type { CaseAccessFacts } from '../../domain/access/need-to-know.ts';
import type { Actor } from '../../domain/actor.ts';
import { screeningDeadlines } from '../../domain/deadlines/deadlines.ts';
import { offeredScreeningActions } from '../../domain/access/offered-actions.ts';
import { hasIjReview, legalStandardBasis } from '../../domain/screenings/legal-standard.ts';
import type { Screening } from '../../domain/screenings/screening.ts';
import type { ScreeningRecordSchema } from './routes/screenings.schemas.ts';

/** The screening record as the API sends it. */
export type ScreeningRecordBody = z.infer<typeof ScreeningRecordSchema>;

/** The access facts with this screening as it now stands (after an act changed its owner, status or office), so the
 * acts offered in the answer to an act are those of the new state, without another query. */
export function factsWithScreening(facts: CaseAccessFacts, s: Screening): CaseAccessFacts {
  const entry = { id: s.id, office: s.office, officerId: s.officerId, status: s.status };
  const known = facts.screenings.some((x) => x.id === s.id);
  return {
    ...facts,
    screenings: known
      ? facts.screenings.map((x) => (x.id === s.id ? entry : x))
      : [...facts.screenings, entry],
  };
}

/** Presents the screening to the viewer, with its deadlines evaluated at `now`. */
export function presentScreening(
  s: Screening,
  viewer: Actor,
  facts: CaseAccessFacts,
  now: string,
): ScreeningRecordBody {
  const standard = legalStandardBasis(s.kind, s.interview?.at ?? s.interviewAt ?? s.referredAt);
  const isOfficeSupervisor = viewer.role === 'supervisor' && viewer.office === s.office;
  return {
    id: s.id,
    caseId: s.caseId,
    kind: s.kind,
    status: s.status,
    office: s.office,
    referredAt: s.referredAt,
    officerId: s.officerId,
    // Who objected on grounds of conscience is for the office's supervisors, who assign around it.
    declinedBy: isOfficeSupervisor ? [...s.declinedBy] : null,
    detentionArrivalAt: s.detentionArrivalAt,
    consultationWaived: s.consultationWaived,
    interviewAt: s.interviewAt,
    legalStandard: standard.ok ? standard.value : null,
    interview: s.interview && {
      at: s.interview.at,
      officerId: s.interview.officerId,
      testimony: {
        ...s.interview.testimony,
        fearOf: [...s.interview.testimony.fearOf],
        harmSuffered: s.interview.testimony.harmSuffered.map((h) => ({ ...h })),
        protectedGrounds: [...s.interview.testimony.protectedGrounds],
      },
    },
    determinations: s.determinations.map((d) => ({ ...d })),
    reviews: s.reviews.map((r) => ({ ...r })),
    servedAt: s.servedAt,
    ijReview: {
      isAvailable: hasIjReview(s.kind),
      requestedAt: s.ijReview.requestedAt,
      declinedAt: s.ijReview.declinedAt,
      court: s.ijReview.court ?? null,
      decision: s.ijReview.decision,
      decidedAt: s.ijReview.decidedAt,
    },
    dissolvedReason: s.dissolvedReason,
    deadlines: screeningDeadlines(s, now),
    allowedActions: offeredScreeningActions(s, { actor: viewer, now }, facts),
  };
}

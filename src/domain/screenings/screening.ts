// A fear screening (credible fear, reasonable fear, MPP non-refoulement interview): its own record, many per case.
import type { LegalStandard, ScreeningKind } from './legal-standard.ts';

/** Where a screening stands in its life. `approved` is a determination the supervisor concurred with. */
export const SCREENING_STATUSES = [
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
  'dissolved',
] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

/** Statuses in which nothing more happens unless the screening is reconsidered. */
export const FINAL_SCREENING_STATUSES: readonly ScreeningStatus[] = [
  'ij_review_declined',
  'ij_affirmed',
  'ij_vacated',
  'dissolved',
];

/** Statuses short of a served (or final) determination: while a case has a screening in one, the person is not
 * returned to Mexico. */
export const UNSERVED_SCREENING_STATUSES: readonly ScreeningStatus[] = [
  'referred',
  'scheduled',
  'interviewed',
  'decided',
  'approved',
];

export const HARM_PLACES = ['mexico', 'home_country', 'in_transit', 'other'] as const;
export const PROTECTED_GROUNDS = [
  'race',
  'religion',
  'nationality',
  'political_opinion',
  'particular_social_group',
] as const;
export type ProtectedGround = (typeof PROTECTED_GROUNDS)[number];

/** One harm the person says they already suffered. */
export interface HarmSuffered {
  where: (typeof HARM_PLACES)[number];
  kind: string;
  when: string | null;
}

/** The testimony elements an interview records. */
export interface Testimony {
  fearOf: readonly string[];
  harmSuffered: readonly HarmSuffered[];
  protectedGrounds: readonly ProtectedGround[];
  tortureClaimed: boolean;
  language: string;
  interpreterUsed: boolean;
  counselPresent: boolean;
}

/** The interview: when, by whom, and what was said. */
export interface Interview {
  at: string;
  officerId: string;
  testimony: Testimony;
}

/** An officer's determination, signed (the ledger event carrying it is signed with the officer's key). */
export interface Determination {
  result: 'positive' | 'negative';
  standard: LegalStandard;
  reasoning: string;
  officerId: string;
  at: string;
}

/** A supervisor's review of a determination. */
export interface SupervisoryReview {
  outcome: 'concur' | 'return';
  supervisorId: string;
  note: string;
  at: string;
}

/** The screening record. Immutable: transitions return a new one. */
export interface Screening {
  id: string;
  caseId: string;
  kind: ScreeningKind;
  office: string;
  status: ScreeningStatus;
  referredAt: string;
  officerId: string | null;
  /** Officers who declined this screening on grounds of conscience; it is never assigned back to them. */
  declinedBy: readonly string[];
  /** Arrival at the detention site (credible fear: the consultation period runs from it). */
  detentionArrivalAt: string | null;
  consultationWaived: boolean;
  interviewAt: string | null;
  interview: Interview | null;
  /** Every determination made, the latest last (rework and reconsideration keep the earlier ones). */
  determinations: readonly Determination[];
  reviews: readonly SupervisoryReview[];
  servedAt: string | null;
  ijReview: {
    requestedAt: string | null;
    declinedAt: string | null;
    decision: 'affirmed' | 'vacated' | null;
    decidedAt: string | null;
    /** The immigration court the review lies before (named with the request; absent on older records). */
    court?: string | null;
  };
  dissolvedReason: string | null;
}

/** The latest determination, if any. */
export const latestDetermination = (screening: Screening): Determination | undefined =>
  screening.determinations.at(-1);

/** The supervisory approval instant of the latest determination, if it was concurred with. */
export function approvedAt(screening: Screening): string | undefined {
  const last = screening.reviews.at(-1);
  return last?.outcome === 'concur' ? last.at : undefined;
}

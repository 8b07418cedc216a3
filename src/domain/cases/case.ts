// A case: one encounter at the border and everything that follows on its track.
import type { MppExemptionReason } from '../mpp/mpp-exemption.ts';
import type { MppTerm } from '../mpp/mpp-period.ts';

/** The removal pathway (track) a case follows; it fixes which screening applies. */
export const TRACKS = ['expedited_removal', 'reinstatement', 'administrative_removal', 'mpp'] as const;
export type Track = (typeof TRACKS)[number];

/** The border encounter that opens a case. */
export interface Encounter {
  at: string;
  /** Port of entry or Border Patrol sector where the person was encountered. */
  place: string;
  /** Arrived by land from Mexico (the MPP precondition). */
  arrivedByLandFromMexico: boolean;
}

/** How a fear claim came up: on the person's own initiative, or because an officer asked. */
export type FearRaisedHow = 'unprompted' | 'when_asked';
export type FearRaisedTo = 'cbp' | 'asylum_officer' | 'immigration_judge' | 'other';

/** A claim of fear (of return to the home country, or to Mexico under MPP). Each raising is a new screening. */
export interface FearClaim {
  id: string;
  at: string;
  raisedHow: FearRaisedHow;
  raisedTo: FearRaisedTo;
  /** When it was raised: at the encounter, when presented for a hearing, or otherwise. */
  occasion: 'encounter' | 'hearing_presentation' | 'other';
  screeningId: string;
}

/** A return to Mexico to await the hearing. */
export interface ReturnToMexico {
  id: string;
  at: string;
  port: string;
  hearingDate: string;
  hearingLocation: string;
  /** Required, and flagged, when the person is in an exempt group. */
  overrideReason: string | null;
}

/** Where a case stands with MPP. */
export type MppStatus =
  | { state: 'not_applicable' }
  | { state: 'pending' }
  | {
      state: 'enrolled';
      term: MppTerm;
      at: string;
      ntaServedAt: string;
      firstHearingDate: string;
      hearingLocation: string;
      noticeAddress: string | null;
    }
  | { state: 'exempt'; term: MppTerm; at: string; reason: MppExemptionReason; note: string }
  | { state: 'not_amenable'; term: MppTerm; at: string; screeningId: string };

/** The case record. Immutable: transitions return a new one. */
export interface CaseRecord {
  id: string;
  personId: string;
  office: string;
  track: Track;
  status: 'open' | 'closed';
  encounter: Encounter;
  /** Known vulnerabilities recorded at intake (an MPP exemption reason each), even when no exemption followed. */
  vulnerabilities: readonly MppExemptionReason[];
  mpp: MppStatus;
  returns: readonly ReturnToMexico[];
  fearClaims: readonly FearClaim[];
  isSynthetic: boolean;
}

/** The screening kind a fear claim on this track leads to. */
export function screeningKindForTrack(track: Track): 'credible_fear' | 'reasonable_fear' | 'mpp_interview' {
  switch (track) {
    case 'expedited_removal':
      return 'credible_fear';
    case 'reinstatement':
    case 'administrative_removal':
      return 'reasonable_fear';
    case 'mpp':
      return 'mpp_interview';
  }
}

// The court side: a proceeding before an immigration judge, its hearings, applications and outcome.

/** Why a proceeding began: an NTA, or a change of venue, transfer, reopening or remand of an earlier one. */
export const PROCEEDING_ORIGINS = ['nta', 'change_of_venue', 'transfer', 'reopening', 'remand'] as const;
export type ProceedingOrigin = (typeof PROCEEDING_ORIGINS)[number];

/** Removal proceedings (INA 240) or withholding-only proceedings (after a positive reasonable fear). */
export type ProceedingKind = 'removal' | 'withholding_only';

export interface Hearing {
  id: string;
  at: string;
  calendar: 'master' | 'individual';
  location: string;
  medium: 'in_person' | 'video' | 'phone';
  attendance: 'attended' | 'missed' | null;
  adjournmentReason: string | null;
}

export const APPLICATION_KINDS = ['asylum', 'withholding', 'cat'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/** EOIR's application decisions: grants (full, conditional, stipulated) and denial, plus non-merits endings. */
export const APPLICATION_DECISIONS = ['granted', 'denied', 'withdrawn', 'abandoned', 'other'] as const;
export type ApplicationDecision = (typeof APPLICATION_DECISIONS)[number];

export interface Application {
  id: string;
  kind: ApplicationKind;
  filedAt: string;
  decision: ApplicationDecision | null;
  decidedAt: string | null;
}

/** How a proceeding before the immigration court ended. */
export type ProceedingOutcome =
  | { kind: 'removal_ordered'; inAbsentia: boolean }
  | { kind: 'voluntary_departure' }
  | { kind: 'relief_granted'; relief: ApplicationKind }
  | { kind: 'terminated' }
  | { kind: 'dismissed' }
  | { kind: 'administratively_closed' }
  | { kind: 'change_of_venue' }
  | { kind: 'transferred' };

export const OUTCOME_KINDS = [
  'removal_ordered',
  'voluntary_departure',
  'relief_granted',
  'terminated',
  'dismissed',
  'administratively_closed',
  'change_of_venue',
  'transferred',
] as const;

export interface Proceeding {
  id: string;
  caseId: string;
  kind: ProceedingKind;
  origin: ProceedingOrigin;
  court: string;
  openedAt: string;
  status: 'open' | 'completed';
  hearings: readonly Hearing[];
  applications: readonly Application[];
  outcome: ProceedingOutcome | null;
  completedAt: string | null;
  /** Was the person ever represented before the court in this proceeding (EOIR-28 on file)? */
  isRepresented: boolean;
}

/** Outcomes that hand the case on to another proceeding rather than decide it (TRAC folds them into the next). */
export const isHandOff = (outcome: ProceedingOutcome | null): boolean =>
  outcome?.kind === 'change_of_venue' || outcome?.kind === 'transferred';

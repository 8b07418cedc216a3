// The ground truth of one generated case: what the importer's model rules should read from the rows as written
// (after quirks such as a sentinel COMP_DATE), so importer and model tests can compare against it.

/** The outcome of a case under the counting rules (same names as the model's). */
export type TruthOutcome =
  | 'pending'
  | 'removal'
  | 'removal_in_absentia'
  | 'voluntary_departure'
  | 'relief_granted'
  | 'terminated'
  | 'admin_closed'
  | 'other';

/** One generated case as the model should see it. */
export interface CaseTruth {
  readonly idncase: number;
  /** Has a removal (RMV) proceeding. */
  readonly inScope: boolean;
  readonly mpp: boolean;
  /** Null when the case is out of scope. */
  readonly outcome: TruthOutcome | null;
  /** Fiscal year of the earliest valid OSC_DATE among RMV proceedings; null when none is valid. */
  readonly fiscalYear: number | null;
  readonly represented: boolean;
  /** Trimmed codes from A_TblCase (null when empty). */
  readonly nationality: string | null;
  /** From the outcome proceeding (null when out of scope). */
  readonly court: string | null;
  readonly hearingLocation: string | null;
}

/** A proceeding as written, reduced to what the outcome rule reads. */
export interface WrittenProceeding {
  readonly idnproceeding: number;
  readonly caseType: string;
  readonly hasValidCompDate: boolean;
  readonly decCode: string;
  readonly otherComp: string;
  readonly absentia: string;
  readonly court: string;
  readonly hearingLocation: string;
}

/** The model's outcome rule applied to one proceeding. */
export function outcomeOf(p: WrittenProceeding): TruthOutcome {
  if (!p.hasValidCompDate) return 'pending';
  switch (p.decCode) {
    case 'X':
      return p.absentia === 'Y' ? 'removal_in_absentia' : 'removal';
    case 'V':
      return 'voluntary_departure';
    case 'R':
    case 'E':
    case 'Z':
      return 'relief_granted';
    case 'T':
    case 'U':
      return 'terminated';
    default:
      return p.otherComp === 'A' || p.otherComp === 'Y' || p.otherComp === 'M' ? 'admin_closed' : 'other';
  }
}

/** The outcome proceeding: highest id among RMV ones not closed by C/T, else the highest RMV one. */
export function outcomeProceeding(proceedings: readonly WrittenProceeding[]): WrittenProceeding | undefined {
  let best: WrittenProceeding | undefined;
  let bestAny: WrittenProceeding | undefined;
  for (const p of proceedings) {
    if (p.caseType !== 'RMV') continue;
    if (!bestAny || p.idnproceeding > bestAny.idnproceeding) bestAny = p;
    if (p.otherComp === 'C' || p.otherComp === 'T') continue;
    if (!best || p.idnproceeding > best.idnproceeding) best = p;
  }
  return best ?? bestAny;
}

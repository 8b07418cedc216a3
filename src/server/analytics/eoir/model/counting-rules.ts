// The counting rules of the court-data model (described in docs/domain.md) as data, in one place that is easy to
// correct: the SQL in this folder is generated from these constants, and the tests read them too.
import { CASE_OUTCOMES, type CaseOutcome } from '../../../../domain/court/case-outcome.ts';

/** Proceedings of this case type (after trimming) put a case in scope: removal proceedings, as TRAC counts. */
export const IN_SCOPE_CASE_TYPE = 'RMV';

/** Hearing locations that make a case MPP (`MPP` itself is a test location and is deliberately absent). */
export const MPP_HEARING_LOCATIONS = ['ENP', 'SYP', 'CIX', 'OPP', 'MPL', 'MPB', 'TUM'] as const;

/** `A_TblCaseIdentifier.CASE_ID` codes that make a case MPP: Migrant Protection Protocol, Remain in Mexico. */
export const MPP_CASE_IDENTIFIERS = ['MP', 'RM'] as const;

/** `OTHER_COMP` codes for change of venue and transfer: such proceedings are skipped when picking the outcome. */
export const VENUE_CHANGE_OR_TRANSFER = ['C', 'T'] as const;

/** Every outcome a case can have: the domain's categories, shared with the office's own records. */
export const OUTCOMES = CASE_OUTCOMES;

/** An outcome of the model's outcome proceeding. */
export type Outcome = CaseOutcome;

/**
 * Removal-case (RMV) `DEC_CODE` meanings, checked in order after "no valid COMP_DATE → pending".
 * `absentia: true` means the rule also needs `ABSENTIA = 'Y'`; the first matching rule wins.
 */
export const DECISION_RULES: readonly { decCodes: readonly string[]; absentia?: true; outcome: Outcome }[] = [
  { decCodes: ['X'], absentia: true, outcome: 'removal_in_absentia' },
  { decCodes: ['X'], outcome: 'removal' },
  { decCodes: ['V'], outcome: 'voluntary_departure' },
  { decCodes: ['R', 'E', 'Z'], outcome: 'relief_granted' },
  { decCodes: ['T', 'U'], outcome: 'terminated' },
];

/** `OTHER_COMP` codes read as administrative closure when no decision rule matched (A closure, Y PD, M). */
export const ADMIN_CLOSURE_CODES = ['A', 'Y', 'M'] as const;

/** A `tbl_RepsAssigned` row counts as representation when it has this level and type. */
export const REPRESENTATION = { level: 'COURT', type: 'ALIEN' } as const;

/** Application codes that are asylum applications (asylum, asylum-withholding, withholding-CAT). */
export const ASYLUM_APPLICATION_CODES = ['ASYL', 'ASYW', 'WCAT'] as const;

/** `APPL_DEC` codes that grant relief: full, grant, conditional, in-court stipulated, paper stipulated. */
export const GRANT_DECISIONS = ['F', 'G', 'C', 'I', 'P'] as const;

/** `APPL_DEC` code for a denial; merits decisions are the grants plus this. */
export const DENIAL_DECISION = 'D';

// A case's outcome under the same counting rules as the court data (docs/domain.md): decided by its latest completed
// proceeding, skipping those closed only by change of venue or transfer; no completed proceeding means pending.
import { isHandOff, type Proceeding } from './proceeding.ts';

/** The outcome categories shared with the court-data model (eoir_model.cases.outcome). */
export const CASE_OUTCOMES = [
  'pending',
  'removal',
  'removal_in_absentia',
  'voluntary_departure',
  'relief_granted',
  'terminated',
  'admin_closed',
  'other',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** The proceeding that decides the case's outcome: the latest one not handed off, else the latest of all. */
export function outcomeProceeding(proceedings: readonly Proceeding[]): Proceeding | undefined {
  const ordered = [...proceedings].sort(
    (a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id),
  );
  return ordered.filter((p) => !isHandOff(p.outcome)).at(-1) ?? ordered.at(-1);
}

/** The case's outcome category. */
export function caseOutcome(proceedings: readonly Proceeding[]): CaseOutcome {
  const p = outcomeProceeding(proceedings);
  if (!p || p.status !== 'completed' || p.outcome === null) return 'pending';
  switch (p.outcome.kind) {
    case 'removal_ordered':
      return p.outcome.inAbsentia ? 'removal_in_absentia' : 'removal';
    case 'voluntary_departure':
      return 'voluntary_departure';
    case 'relief_granted':
      return 'relief_granted';
    case 'terminated':
    case 'dismissed':
      return 'terminated';
    case 'administratively_closed':
      return 'admin_closed';
    case 'change_of_venue':
    case 'transferred':
      return 'other';
  }
}

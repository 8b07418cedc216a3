// Screenings as rows of the office model: one row per screening (kind, standard, office, referral month, counted
// outcome, reviews), and one row per reassignment read from the ledger's `screening.assigned` events.
import { fiscalYear } from '../../../../domain/time.ts';
import { legalStandardFor } from '../../../../domain/screenings/legal-standard.ts';
import { latestDetermination, type Screening } from '../../../../domain/screenings/screening.ts';
import { defineTable, monthOf } from './model-table.ts';
import type { OfficeCaseBatch } from './office-export.repository.ts';

/** How a screening counts in the pass rate: decided and served, closed without a determination, or pending. */
export type ScreeningOutcome = 'positive' | 'negative' | 'closed' | 'pending';

/** The counted outcomes, in the order the statistics show them. */
export const SCREENING_OUTCOMES: readonly ScreeningOutcome[] = ['positive', 'negative', 'closed', 'pending'];

/** A screening row (months only: no exact date leaves the store). */
export type ScreeningRow = {
  case_id: string;
  screening_id: string;
  kind: string;
  legal_standard: string | null;
  office: string;
  referred_month: string;
  fiscal_year: number;
  status: string;
  outcome: ScreeningOutcome;
  result: string | null;
  decided_month: string | null;
  is_served: boolean;
  served_month: string | null;
  determinations: number;
  reviews_concurred: number;
  reviews_returned: number;
  declines: number;
  ij_decision: string | null;
};

/** office_model.screenings */
export const SCREENINGS_TABLE = defineTable<ScreeningRow>('screenings', {
  case_id: 'VARCHAR',
  screening_id: 'VARCHAR',
  kind: 'VARCHAR',
  legal_standard: 'VARCHAR',
  office: 'VARCHAR',
  referred_month: 'VARCHAR',
  fiscal_year: 'INTEGER',
  status: 'VARCHAR',
  outcome: 'VARCHAR',
  result: 'VARCHAR',
  decided_month: 'VARCHAR',
  is_served: 'BOOLEAN',
  served_month: 'VARCHAR',
  determinations: 'INTEGER',
  reviews_concurred: 'INTEGER',
  reviews_returned: 'INTEGER',
  declines: 'INTEGER',
  ij_decision: 'VARCHAR',
});

/** The counted outcome: a determination counts once served (which needs supervisory concurrence). */
export function screeningOutcome(s: Screening): ScreeningOutcome {
  if (s.status === 'dissolved') return 'closed';
  const decision = latestDetermination(s);
  if (s.servedAt !== null && decision) return decision.result;
  return 'pending';
}

/** The standard the latest determination applied, or the one the law fixes for an undecided screening. */
export function screeningStandard(s: Screening): string | null {
  const decision = latestDetermination(s);
  if (decision) return decision.standard;
  const fixed = legalStandardFor(s.kind, s.interviewAt ?? s.referredAt);
  return fixed.ok ? fixed.value : null;
}

/** A screening's row. */
export function toScreeningRow(s: Screening): ScreeningRow {
  const decision = latestDetermination(s);
  return {
    case_id: s.caseId,
    screening_id: s.id,
    kind: s.kind,
    legal_standard: screeningStandard(s),
    office: s.office,
    referred_month: monthOf(s.referredAt),
    fiscal_year: fiscalYear(s.referredAt),
    status: s.status,
    outcome: screeningOutcome(s),
    result: decision?.result ?? null,
    decided_month: decision ? monthOf(decision.at) : null,
    is_served: s.servedAt !== null,
    served_month: s.servedAt ? monthOf(s.servedAt) : null,
    determinations: s.determinations.length,
    reviews_concurred: s.reviews.filter((r) => r.outcome === 'concur').length,
    reviews_returned: s.reviews.filter((r) => r.outcome === 'return').length,
    declines: s.declinedBy.length,
    ij_decision: s.ijReview.decision,
  };
}

/** Every screening of the batch as a row. */
export const screeningRows = (batch: OfficeCaseBatch): ScreeningRow[] =>
  batch.bundles.flatMap((b) => b.screenings.map(toScreeningRow));

/** A reassignment row: a later assignment of a screening that had been assigned before. */
export type ReassignmentRow = {
  case_id: string;
  screening_id: string;
  kind: string;
  office: string;
  month: string;
  fiscal_year: number;
  /** 'direct' from one officer to another, or 'after_return' once the screening had gone back to the queue. */
  via: 'direct' | 'after_return';
};

/** office_model.reassignments */
export const REASSIGNMENTS_TABLE = defineTable<ReassignmentRow>('reassignments', {
  case_id: 'VARCHAR',
  screening_id: 'VARCHAR',
  kind: 'VARCHAR',
  office: 'VARCHAR',
  month: 'VARCHAR',
  fiscal_year: 'INTEGER',
  via: 'VARCHAR',
});

/** Reassignments from the ledger: every `screening.assigned` after a screening's first (events come in seq order). */
export function reassignmentRows(batch: OfficeCaseBatch): ReassignmentRow[] {
  const screenings = new Map(batch.bundles.flatMap((b) => b.screenings.map((s) => [s.id, s] as const)));
  const assignedBefore = new Set<string>();
  const rows: ReassignmentRow[] = [];
  for (const event of batch.assignments) {
    const screening = screenings.get(event.screeningId);
    const isFirst = !assignedBefore.has(event.screeningId);
    assignedBefore.add(event.screeningId);
    if (isFirst || !screening) continue;
    rows.push({
      case_id: event.caseId,
      screening_id: screening.id,
      kind: screening.kind,
      office: screening.office,
      month: monthOf(event.occurredAt),
      fiscal_year: fiscalYear(event.occurredAt),
      via: event.hadPreviousOfficer ? 'direct' : 'after_return',
    });
  }
  return rows;
}

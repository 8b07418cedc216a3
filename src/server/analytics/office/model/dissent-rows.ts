// Policy dissents as rows of the office model: they belong to no case (case_id null) and are re-read whole on each
// refresh. A row keeps the policy as filed and months only: no filer, no office, no text, answer or attachment, no
// dissent id (which the ledger's signed events would tie to the filer). Whether a dissent is overdue changes with
// the clock alone, so the rows say it as of the refresh, and the export says when that next changes.
import { defineTable, monthOf } from './model-table.ts';
import type { ExportedDissent } from './office-export.repository.ts';

/** A dissent row. `status` is open until answered; `is_overdue` is open past its due date as of the refresh;
 * `is_answered_late` is answered after it (domain/dissent: isOverdue, wasAnsweredLate). */
export type DissentRow = {
  case_id: null;
  policy: string;
  status: 'open' | 'answered';
  filed_month: string;
  due_month: string;
  answered_month: string | null;
  is_overdue: boolean;
  is_answered_late: boolean;
};

/** office_model.dissents */
export const DISSENTS_TABLE = defineTable<DissentRow>('dissents', {
  case_id: 'VARCHAR',
  policy: 'VARCHAR',
  status: 'VARCHAR',
  filed_month: 'VARCHAR',
  due_month: 'VARCHAR',
  answered_month: 'VARCHAR',
  is_overdue: 'BOOLEAN',
  is_answered_late: 'BOOLEAN',
});

/** The dissent rows as of `asOf`, and the first moment after it at which one would turn overdue (null: none will
 * without an act). */
export function dissentExport(
  dissents: readonly ExportedDissent[],
  asOf: string,
): { rows: DissentRow[]; changesAt: string | null } {
  const rows = dissents
    .map((d): DissentRow => ({
      case_id: null,
      policy: d.policy,
      status: d.answeredAt === null ? 'open' : 'answered',
      filed_month: monthOf(d.filedAt),
      due_month: monthOf(d.dueAt),
      answered_month: d.answeredAt === null ? null : monthOf(d.answeredAt),
      is_overdue: d.answeredAt === null && d.dueAt < asOf,
      is_answered_late: d.answeredAt !== null && d.answeredAt > d.dueAt,
    }))
    // The store's order says nothing, but sorted rows cannot hint at the order of filing within a month.
    .sort((a, b) => a.filed_month.localeCompare(b.filed_month) || a.policy.localeCompare(b.policy));
  const pending = dissents
    .filter((d) => d.answeredAt === null && d.dueAt >= asOf)
    .map((d) => d.dueAt)
    .sort();
  return { rows, changesAt: pending[0] ?? null };
}

// Consistency flags as rows of the office model: raised and cleared, by kind and month.
import { fiscalYear } from '../../../../domain/time.ts';
import { defineTable, monthOf } from './model-table.ts';
import type { OfficeCaseBatch } from './office-export.repository.ts';

/** A consistency-flag row (the reason and the supervisor's decision stay in the store). */
export type FlagRow = {
  case_id: string;
  flag_id: string;
  kind: string;
  office: string;
  status: string;
  raised_month: string;
  fiscal_year: number;
  cleared_month: string | null;
};

/** office_model.flags */
export const FLAGS_TABLE = defineTable<FlagRow>('flags', {
  case_id: 'VARCHAR',
  flag_id: 'VARCHAR',
  kind: 'VARCHAR',
  office: 'VARCHAR',
  status: 'VARCHAR',
  raised_month: 'VARCHAR',
  fiscal_year: 'INTEGER',
  cleared_month: 'VARCHAR',
});

/** Every flag raised on the batch's cases, in the case's office. */
export function flagRows(batch: OfficeCaseBatch): FlagRow[] {
  const offices = new Map(batch.bundles.map((b) => [b.record.id, b.record.office]));
  return batch.flags.flatMap((f) => {
    const office = offices.get(f.caseId);
    if (office === undefined) return [];
    return [
      {
        case_id: f.caseId,
        flag_id: f.id,
        kind: f.kind,
        office,
        status: f.status,
        raised_month: monthOf(f.raisedAt),
        fiscal_year: fiscalYear(f.raisedAt),
        cleared_month: f.clearedAt ? monthOf(f.clearedAt) : null,
      },
    ];
  });
}

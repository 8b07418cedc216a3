// Returns to Mexico and the harm reported after them, as rows of the office model (months and closed categories
// only: the harm report's place, source and description stay in the store).
import type { CaseRecord } from '../../../../domain/cases/case.ts';
import { fiscalYear } from '../../../../domain/time.ts';
import { defineTable, monthOf } from './model-table.ts';
import type { OfficeCaseBatch } from './office-export.repository.ts';
import { returnPortLabel } from './return-port.ts';

/** A return row. */
export type ReturnRow = {
  case_id: string;
  return_id: string;
  office: string;
  month: string;
  fiscal_year: number;
  port: string;
  has_override: boolean;
};

/** office_model.returns */
export const RETURNS_TABLE = defineTable<ReturnRow>('returns', {
  case_id: 'VARCHAR',
  return_id: 'VARCHAR',
  office: 'VARCHAR',
  month: 'VARCHAR',
  fiscal_year: 'INTEGER',
  port: 'VARCHAR',
  has_override: 'BOOLEAN',
});

/** Every return of the batch's cases. */
export const returnRows = (batch: OfficeCaseBatch): ReturnRow[] =>
  batch.bundles.flatMap(({ record }) =>
    record.returns.map((r) => ({
      case_id: record.id,
      return_id: r.id,
      office: record.office,
      month: monthOf(r.at),
      fiscal_year: fiscalYear(r.at),
      port: returnPortLabel(r.port),
      has_override: r.overrideReason !== null,
    })),
  );

/** A harm-after-return row; `month` is when the harm happened, or when it was reported if that is unknown. */
export type HarmRow = {
  case_id: string;
  harm_id: string;
  office: string;
  kind: string;
  month: string;
  fiscal_year: number;
  is_dated: boolean;
  reported_month: string;
  return_id: string | null;
  return_month: string | null;
  return_port: string | null;
};

/** office_model.harm_reports */
export const HARM_TABLE = defineTable<HarmRow>('harm_reports', {
  case_id: 'VARCHAR',
  harm_id: 'VARCHAR',
  office: 'VARCHAR',
  kind: 'VARCHAR',
  month: 'VARCHAR',
  fiscal_year: 'INTEGER',
  is_dated: 'BOOLEAN',
  reported_month: 'VARCHAR',
  return_id: 'VARCHAR',
  return_month: 'VARCHAR',
  return_port: 'VARCHAR',
});

/** Every harm report of the batch, linked to the return it followed. */
export function harmRows(batch: OfficeCaseBatch): HarmRow[] {
  const cases = new Map<string, CaseRecord>(batch.bundles.map((b) => [b.record.id, b.record]));
  return batch.harmReports.flatMap(({ report, recordedAt }) => {
    const record = cases.get(report.caseId);
    if (!record) return [];
    const linked = record.returns.find((r) => r.id === report.returnId);
    const month = report.occurredOn ? monthOf(report.occurredOn) : monthOf(recordedAt);
    return [
      {
        case_id: record.id,
        harm_id: report.id,
        office: record.office,
        kind: report.kind,
        month,
        fiscal_year: fiscalYear(month),
        is_dated: report.occurredOn !== null,
        reported_month: monthOf(recordedAt),
        return_id: linked?.id ?? null,
        return_month: linked ? monthOf(linked.at) : null,
        return_port: linked ? returnPortLabel(linked.port) : null,
      },
    ];
  });
}

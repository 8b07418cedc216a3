// Objections of conscience as rows of the office model. A declined screening belongs to its case; an objection to a
// whole category belongs to no case (case_id null) and is re-read whole on each refresh.
import { fiscalYear } from '../../../../domain/time.ts';
import type { Screening } from '../../../../domain/screenings/screening.ts';
import { defineTable, monthOf } from './model-table.ts';
import type { ExportedObjection, OfficeCaseBatch } from './office-export.repository.ts';

/** What was declined: one assigned screening, or every screening of a kind. */
export type ObjectionScope = 'one_screening' | 'whole_category';

/** An objection row (no officer, no reason: those stay in the store). */
export type ObjectionRow = {
  case_id: string | null;
  objection_id: string;
  screening_id: string | null;
  scope: ObjectionScope;
  category: string | null;
  office: string | null;
  month: string;
  fiscal_year: number;
  is_withdrawn: boolean;
};

/** office_model.objections */
export const OBJECTIONS_TABLE = defineTable<ObjectionRow>('objections', {
  case_id: 'VARCHAR',
  objection_id: 'VARCHAR',
  screening_id: 'VARCHAR',
  scope: 'VARCHAR',
  category: 'VARCHAR',
  office: 'VARCHAR',
  month: 'VARCHAR',
  fiscal_year: 'INTEGER',
  is_withdrawn: 'BOOLEAN',
});

const objectionRow = (o: ExportedObjection, screening: Screening | undefined): ObjectionRow => ({
  case_id: screening?.caseId ?? null,
  objection_id: o.id,
  screening_id: screening?.id ?? null,
  scope: screening ? 'one_screening' : 'whole_category',
  category: screening?.kind ?? o.category,
  office: screening?.office ?? o.officerOffice,
  month: monthOf(o.createdAt),
  fiscal_year: fiscalYear(o.createdAt),
  is_withdrawn: o.withdrawnAt !== null,
});

/** Declines of single screenings in the batch, counted in the screening's office under its kind. */
export function screeningDeclineRows(batch: OfficeCaseBatch): ObjectionRow[] {
  const screenings = new Map(batch.bundles.flatMap((b) => b.screenings.map((s) => [s.id, s] as const)));
  return batch.screeningDeclines.flatMap((o) => {
    const screening = o.screeningId === null ? undefined : screenings.get(o.screeningId);
    return screening ? [objectionRow(o, screening)] : [];
  });
}

/** Objections to whole categories, counted in the objecting officer's office. */
export const categoryObjectionRows = (objections: readonly ExportedObjection[]): ObjectionRow[] =>
  objections.map((o) => objectionRow(o, undefined));

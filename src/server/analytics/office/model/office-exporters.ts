// The exporters that fill the office model, one per kind of record. A case-grain exporter turns a batch of cases
// into rows (an incremental refresh re-exports only the cases the ledger says changed); a caseless exporter reads
// acts that belong to no case, which are few, and is re-read whole on every refresh that has anything to do, as of
// the refresh's moment, saying when its rows next change with no act (a dissent falling overdue).
// A new kind of record is one more table and one more entry in OFFICE_EXPORTERS; bump OFFICE_MODEL_VERSION so saved
// models are rebuilt.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../../db/schema.ts';
import { CASES_TABLE, caseRows } from './case-rows.ts';
import { DISSENTS_TABLE, dissentExport } from './dissent-rows.ts';
import { FLAGS_TABLE, flagRows } from './flag-rows.ts';
import type { ModelRow, ModelTable } from './model-table.ts';
import { categoryObjectionRows, OBJECTIONS_TABLE, screeningDeclineRows } from './objection-rows.ts';
import {
  findCategoryObjections,
  findDissentFacts,
  type OfficeCaseBatch,
} from './office-export.repository.ts';
import { HARM_TABLE, harmRows, RETURNS_TABLE, returnRows } from './return-rows.ts';
import { REASSIGNMENTS_TABLE, reassignmentRows, SCREENINGS_TABLE, screeningRows } from './screening-rows.ts';

/** Rows of one table from a batch of cases (every row carries its case_id). */
export interface CaseExporter {
  readonly grain: 'case';
  readonly table: ModelTable;
  rows(batch: OfficeCaseBatch): readonly ModelRow[];
}

/** Rows of acts that belong to no case as of a moment, and the first moment after it at which they would change
 * with no act recorded (a deadline passing), or null when only an act changes them. */
export interface CaselessRows<Row extends ModelRow = ModelRow> {
  readonly rows: readonly Row[];
  readonly changesAt: string | null;
}

/** Rows of one table for acts that belong to no case (case_id null), read whole as of the refresh's moment. */
export interface CaselessExporter {
  readonly grain: 'caseless';
  readonly table: ModelTable;
  load(db: Kysely<DatabaseSchema>, asOf: string): Promise<CaselessRows>;
}

/** One exporter. */
export type OfficeExporter = CaseExporter | CaselessExporter;

/** A case-grain exporter of a table. */
export const caseExporter = <Row extends ModelRow>(
  table: ModelTable<Row>,
  rows: (batch: OfficeCaseBatch) => readonly Row[],
): CaseExporter => ({ grain: 'case', table: table as unknown as ModelTable, rows });

/** A caseless exporter of a table. */
export const caselessExporter = <Row extends ModelRow>(
  table: ModelTable<Row>,
  load: (db: Kysely<DatabaseSchema>, asOf: string) => Promise<CaselessRows<Row>>,
): CaselessExporter => ({ grain: 'caseless', table: table as unknown as ModelTable, load });

/** The version of the model's tables: a saved model of another version is rebuilt from the store. */
export const OFFICE_MODEL_VERSION = 4;

/** Every exporter, in the order they run. Several may fill one table (objections: declines and categories). */
export const OFFICE_EXPORTERS: readonly OfficeExporter[] = [
  caseExporter(CASES_TABLE, caseRows),
  caseExporter(SCREENINGS_TABLE, screeningRows),
  caseExporter(REASSIGNMENTS_TABLE, reassignmentRows),
  caseExporter(RETURNS_TABLE, returnRows),
  caseExporter(HARM_TABLE, harmRows),
  caseExporter(OBJECTIONS_TABLE, screeningDeclineRows),
  caselessExporter(OBJECTIONS_TABLE, async (db) => ({
    rows: categoryObjectionRows(await findCategoryObjections(db)),
    changesAt: null,
  })),
  caseExporter(FLAGS_TABLE, flagRows),
  caselessExporter(DISSENTS_TABLE, async (db, asOf) => dissentExport(await findDissentFacts(db), asOf)),
];

/** The model's tables, each once, in exporter order. */
export const OFFICE_TABLES: readonly ModelTable[] = [...new Set(OFFICE_EXPORTERS.map((e) => e.table))];

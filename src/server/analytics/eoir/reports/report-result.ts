// What every report returns, whatever the format: the figures with their source and counting definitions.
import type { Audience, FigureTable } from './figure-table.ts';
import type { ReportSource } from './report-source.ts';

/** A report's figures with the provenance and definitions that must travel with them. */
export interface ReportResult {
  /** `crosstab` or the named report's name. */
  readonly report: string;
  readonly title: string;
  readonly audience: Audience;
  /** The request as understood (crosstab: rows, cols, where, measure). */
  readonly parameters: Readonly<Record<string, string | null>>;
  readonly table: FigureTable;
  readonly source: ReportSource;
  readonly definitions: readonly string[];
}

/** Output formats of the CLI. */
export const REPORT_FORMATS = ['table', 'csv', 'json'] as const;

/** An output format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

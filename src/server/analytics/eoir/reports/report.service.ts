// The entry points the CLI and the API call: validate first, then read the current analytics database.
import type { DuckDBConnection } from '@duckdb/node-api';
import { AppError, unwrap } from '../../../../domain/errors.ts';
import { NO_COURT_DATA_MESSAGE, withAnalyticsConnection } from './analytics-database.ts';
import { parseCrosstabRequest, type CrosstabInput } from './crosstab-request.ts';
import { runCrosstab } from './crosstab.report.ts';
import { definitionTexts } from './definitions.ts';
import type { Audience } from './figure-table.ts';
import { findNamedReport, NAMED_REPORTS, type NamedReport } from './named/index.ts';
import type { ReportResult } from './report-result.ts';
import { readReportSource } from './report-source.ts';

/** The names `refuge report <name>` and `GET /reports/:name` accept. */
export const REPORT_NAMES: readonly string[] = NAMED_REPORTS.map((report) => report.name);

/** Fails with NO_COURT_DATA when the database holds no court-data model (nothing imported into it). */
export async function requireModel(connection: DuckDBConnection): Promise<void> {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) FROM information_schema.tables WHERE table_schema = 'eoir_model' AND table_name = 'cases'`,
  );
  if (Number(reader.getRowsJS()[0]?.[0] ?? 0) === 0)
    throw new AppError('NO_COURT_DATA', NO_COURT_DATA_MESSAGE);
}

/** Runs a named report on an open connection. */
export async function runNamedReport(
  connection: DuckDBConnection,
  report: NamedReport,
  audience: Audience,
): Promise<ReportResult> {
  const keys = audience === 'public' ? [...report.definitions, 'suppression' as const] : report.definitions;
  return {
    report: report.name,
    title: report.title,
    audience,
    parameters: {},
    table: await report.build(connection, audience),
    source: await readReportSource(connection),
    definitions: definitionTexts(keys),
  };
}

/** Validates and runs a crosstab against <dataDir>/analytics.duckdb. */
export async function getCrosstabReport(
  dataDir: string,
  input: CrosstabInput,
  audience: Audience,
): Promise<ReportResult> {
  const request = unwrap(parseCrosstabRequest(input));
  return withAnalyticsConnection(dataDir, async (connection) => {
    await requireModel(connection);
    return runCrosstab(connection, request, audience);
  });
}

/** Runs a named report against <dataDir>/analytics.duckdb; NOT_FOUND for an unknown name. */
export async function getNamedReport(
  dataDir: string,
  name: string,
  audience: Audience,
): Promise<ReportResult> {
  const report = findNamedReport(name);
  if (!report) {
    throw new AppError(
      'NOT_FOUND',
      `Unknown report '${name}': the reports are ${REPORT_NAMES.join(', ')} (and crosstab).`,
      {
        report: name,
        reports: REPORT_NAMES,
      },
    );
  }
  return withAnalyticsConnection(dataDir, async (connection) => {
    await requireModel(connection);
    return runNamedReport(connection, report, audience);
  });
}

// The crosstab report: cases counted by one or two dimensions of eoir_model.cases, filtered, as counts or percents.
import type { DuckDBConnection } from '@duckdb/node-api';
import { buildCountTable, type CountTable } from './count-table.ts';
import { queryCountRows } from './count-query.ts';
import type { CrosstabRequest } from './crosstab-request.ts';
import { crosstabSql } from './crosstab-sql.ts';
import { definitionTexts, type DefinitionKey } from './definitions.ts';
import type { DimensionName } from './dimensions.ts';
import { crosstabFigures, type Audience } from './figure-table.ts';
import type { ReportResult } from './report-result.ts';
import { readReportSource } from './report-source.ts';

const DIMENSION_DEFINITIONS: Partial<Record<DimensionName, DefinitionKey[]>> = {
  mpp: ['mpp'],
  outcome: ['outcome'],
  fiscal_year: ['fiscal_year'],
  represented: ['represented'],
};

/** The request written back as text: `where` as dim=value|value,... */
export function describeRequest(request: CrosstabRequest): Record<string, string | null> {
  return {
    rows: request.rows.name,
    cols: request.cols?.name ?? null,
    where:
      request.where
        .map((condition) => `${condition.dimension.name}=${condition.values.join('|')}`)
        .join(',') || null,
    measure: request.measure,
  };
}

/** The definitions that apply to a request: scope and dates always, then each dimension used, measure, audience. */
export function crosstabDefinitions(request: CrosstabRequest, audience: Audience): string[] {
  const dimensions = [
    request.rows,
    ...(request.cols ? [request.cols] : []),
    ...request.where.map((c) => c.dimension),
  ];
  const keys: DefinitionKey[] = [
    'scope',
    ...dimensions.flatMap((d) => DIMENSION_DEFINITIONS[d.name as DimensionName] ?? []),
    'valid_dates',
  ];
  if (request.measure === 'percent') keys.push('percent');
  if (audience === 'public') keys.push('suppression');
  return definitionTexts(keys);
}

/** Counts the request's cases into a sorted count table (one `count` column when there are no cols). */
export async function crosstabCountTable(
  connection: DuckDBConnection,
  request: CrosstabRequest,
): Promise<CountTable> {
  const { sql, params } = crosstabSql(request);
  const rows = await queryCountRows(connection, sql, params);
  return request.cols
    ? buildCountTable(rows)
    : buildCountTable(
        rows.map((row) => ({ ...row, col: 'count' })),
        { fixedCols: ['count'] },
      );
}

/** Runs a validated crosstab request and returns its figures with source and definitions. */
export async function runCrosstab(
  connection: DuckDBConnection,
  request: CrosstabRequest,
  audience: Audience,
): Promise<ReportResult> {
  const table = await crosstabCountTable(connection, request);
  const filters = describeRequest(request).where;
  const by = request.cols ? `${request.rows.name} and ${request.cols.name}` : request.rows.name;
  return {
    report: 'crosstab',
    title: `Cases by ${by}${filters ? ` (where ${filters})` : ''}`,
    audience,
    parameters: describeRequest(request),
    table: crosstabFigures(table, {
      rowHeader: request.rows.name,
      measure: request.measure,
      hasCols: request.cols !== null,
      audience,
    }),
    source: await readReportSource(connection),
    definitions: crosstabDefinitions(request, audience),
  };
}

// Reports over the EOIR analytical model: the crosstab, the named reports, small-cell suppression for the public,
// and rendering as table, CSV or JSON with the source and counting definitions beside every figure.
export {
  analyticsDatabasePath,
  closeAnalyticsDatabases,
  withAnalyticsConnection,
} from './analytics-database.ts';
export {
  MEASURES,
  parseCrosstabRequest,
  type CrosstabInput,
  type CrosstabRequest,
  type Measure,
} from './crosstab-request.ts';
export { runCrosstab } from './crosstab.report.ts';
export { DIMENSIONS, MISSING_LABEL, type DimensionName } from './dimensions.ts';
export type { Audience, FigureTable } from './figure-table.ts';
export { NAMED_REPORTS, findNamedReport } from './named/index.ts';
export { renderReport, toReportJson } from './render-report.ts';
export { REPORT_FORMATS, type ReportFormat, type ReportResult } from './report-result.ts';
export { getCrosstabReport, getNamedReport, REPORT_NAMES, runNamedReport } from './report.service.ts';
export { suppressSmallCells } from './suppression.ts';

// An office statistic as the API sends it: the figures as rows of values (numbers, "<10", "x" or null) in the
// court-data reports' shape, with the source, the refresh time and the definitions.
import { figureTableJson } from '../../eoir/reports/render-report.ts';
import type { OfficeStatisticsResult } from './office-statistics.service.ts';

/** The JSON body of an office statistic. */
export function toOfficeStatisticsJson(result: OfficeStatisticsResult) {
  return {
    report: result.report,
    title: result.title,
    audience: result.audience,
    parameters: { office: result.parameters.office, fiscalYear: result.parameters.fiscalYear },
    ...figureTableJson(result.table),
    source: result.source.name,
    refreshedAt: result.source.refreshedAt,
    definitions: [...result.definitions],
  };
}

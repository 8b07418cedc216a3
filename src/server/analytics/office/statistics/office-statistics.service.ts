// The entry point the API calls: brings the office model up to the latest act, runs one statistic for an audience
// (exact for analysts, small cells suppressed for everyone else) and returns it with its source and definitions.
import type { AppContext } from '../../../app-context.ts';
import { queryCountRows } from '../../eoir/reports/count-query.ts';
import { buildCountTable } from '../../eoir/reports/count-table.ts';
import type { Audience, FigureTable } from '../../eoir/reports/figure-table.ts';
import { withFreshOfficeModel } from '../office-analytics.ts';
import { OFFICE_DEFINITIONS, type OfficeDefinitionKey } from './office-definitions.ts';
import { OFFICE_STATISTICS, type OfficeStatisticName } from './office-statistics.ts';
import { countFiguresWithRates } from './rate-figures.ts';

/** The name of the records behind every office figure. */
export const OFFICE_SOURCE_NAME = 'Refuge office records';

/** The filters every office statistic takes. */
export interface OfficeStatisticsFilters {
  readonly office: string | null;
  readonly fiscalYear: number | null;
}

/** A statistic's figures with the provenance and definitions that travel with them (months only, no records). */
export interface OfficeStatisticsResult {
  readonly report: OfficeStatisticName;
  readonly title: string;
  readonly audience: Audience;
  readonly parameters: OfficeStatisticsFilters;
  readonly table: FigureTable;
  readonly source: { readonly name: string; readonly refreshedAt: string };
  readonly definitions: readonly string[];
}

const COMMON: readonly OfficeDefinitionKey[] = ['source', 'months', 'office', 'fiscal_year'];

/** Runs one statistic on a model that includes every act recorded before the call. */
export async function getOfficeStatistics(
  app: AppContext,
  name: OfficeStatisticName,
  filters: OfficeStatisticsFilters,
  audience: Audience,
): Promise<OfficeStatisticsResult> {
  const statistic = OFFICE_STATISTICS[name];
  return withFreshOfficeModel(app, async (connection, freshness) => {
    const rows = await queryCountRows(connection, statistic.sql, [filters.office, filters.fiscalYear]);
    const table = countFiguresWithRates(buildCountTable(rows, { fixedCols: statistic.columns }), {
      rowHeader: statistic.rowHeader,
      audience,
      rates: statistic.rates,
    });
    const keys = [...statistic.definitions, ...COMMON, audience === 'public' ? 'suppression' : 'exact'];
    return {
      report: name,
      title: statistic.title,
      audience,
      parameters: filters,
      table,
      source: { name: OFFICE_SOURCE_NAME, refreshedAt: freshness.checkedAt },
      definitions: [...new Set(keys)].map((key) => OFFICE_DEFINITIONS[key as OfficeDefinitionKey]),
    };
  });
}

// MPP outcomes by nationality and by hearing location: crosstabs of MPP cases with outcome as columns.
import type { DuckDBConnection } from '@duckdb/node-api';
import { unwrap } from '../../../../../domain/errors.ts';
import { parseCrosstabRequest } from '../crosstab-request.ts';
import { crosstabCountTable } from '../crosstab.report.ts';
import { crosstabFigures, type Audience, type FigureTable } from '../figure-table.ts';
import type { NamedReport } from './named-report.ts';

function mppOutcomesBy(rows: 'nationality' | 'hearing_location') {
  return async (connection: DuckDBConnection, audience: Audience): Promise<FigureTable> => {
    const request = unwrap(parseCrosstabRequest({ rows, cols: 'outcome', where: 'mpp=yes' }));
    const table = await crosstabCountTable(connection, request);
    return crosstabFigures(table, { rowHeader: rows, measure: 'count', hasCols: true, audience });
  };
}

/** MPP cases by nationality and outcome. */
export const MPP_OUTCOMES_BY_NATIONALITY: NamedReport = {
  name: 'mpp-outcomes-by-nationality',
  title: 'MPP cases by nationality and outcome',
  definitions: ['scope', 'mpp', 'outcome', 'valid_dates'],
  build: mppOutcomesBy('nationality'),
};

/** MPP cases by the hearing location of their outcome proceeding, and outcome. */
export const MPP_OUTCOMES_BY_HEARING_LOCATION: NamedReport = {
  name: 'mpp-outcomes-by-hearing-location',
  title: 'MPP cases by hearing location (of the outcome proceeding) and outcome',
  definitions: ['scope', 'mpp', 'outcome', 'valid_dates'],
  build: mppOutcomesBy('hearing_location'),
};

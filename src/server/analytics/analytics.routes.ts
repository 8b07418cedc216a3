// Court-data analytics over HTTP (mounted under /api/v1/analytics): the crosstab and the named reports as JSON,
// each figure with its source, release label and counting definitions; small cells suppressed unless the reader
// is an analyst.
import { Hono, type Context } from 'hono';
import type { Audience } from './eoir/reports/figure-table.ts';
import { toReportJson } from './eoir/reports/render-report.ts';
import { getCrosstabReport, getNamedReport } from './eoir/reports/report.service.ts';
import { errorResponse } from '../http/error-response.ts';

/** Options: where analytics.duckdb lives, and who the reader is (public unless the resolver says analyst). */
export interface AnalyticsRoutesOptions {
  dataDir: string;
  audience?: (c: Context) => Audience | Promise<Audience>;
}

/** The analytics sub-app: `GET /crosstab?rows=&cols=&where=&measure=` and `GET /reports/:name`. */
export function createAnalyticsRoutes(options: AnalyticsRoutesOptions): Hono {
  const resolveAudience = options.audience ?? ((): Audience => 'public');
  const routes = new Hono();

  routes.onError(errorResponse);

  routes.get('/crosstab', async (c) => {
    const input = {
      rows: c.req.query('rows'),
      cols: c.req.query('cols'),
      where: c.req.query('where'),
      measure: c.req.query('measure'),
    };
    const result = await getCrosstabReport(options.dataDir, input, await resolveAudience(c));
    return c.json(toReportJson(result));
  });

  routes.get('/reports/:name', async (c) => {
    const result = await getNamedReport(options.dataDir, c.req.param('name'), await resolveAudience(c));
    return c.json(toReportJson(result));
  });

  return routes;
}

// Court-data analytics over HTTP (mounted under /api/v1/analytics): the crosstab and the named reports as JSON,
// each figure with its source, release label and counting definitions; small cells suppressed unless the reader
// is an analyst.
import { Hono, type Context } from 'hono';
import { AppError } from '../../domain/errors.ts';
import { ERROR_STATUS } from '../http/error-status.ts';
import type { Audience } from './eoir/reports/figure-table.ts';
import { toReportJson } from './eoir/reports/render-report.ts';
import { getCrosstabReport, getNamedReport } from './eoir/reports/report.service.ts';

/** Options: where analytics.duckdb lives, and who the reader is (public unless the resolver says analyst). */
export interface AnalyticsRoutesOptions {
  dataDir: string;
  audience?: (c: Context) => Audience | Promise<Audience>;
}

/** The analytics sub-app: `GET /crosstab?rows=&cols=&where=&measure=` and `GET /reports/:name`. */
export function createAnalyticsRoutes(options: AnalyticsRoutesOptions): Hono {
  const resolveAudience = options.audience ?? ((): Audience => 'public');
  const routes = new Hono();

  routes.onError((error, c) => {
    if (error instanceof AppError) return c.json(error.toJSON(), ERROR_STATUS[error.code]);
    process.stderr.write(
      `[refuge] internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}\n`,
    );
    return c.json(
      new AppError(
        'INTERNAL',
        'Something went wrong on the server; it has been logged. Try again, and report it if it persists.',
      ).toJSON(),
      500,
    );
  });

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

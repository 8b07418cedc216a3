// The HTTP application: health, the API under /api/v1, and the web app. Routes stay thin: parse, authorize, call, present.
import { Hono } from 'hono';
import { AppError } from '../../domain/errors.ts';
import type { AppContext } from '../app-context.ts';
import { createAnalyticsRoutes } from '../analytics/analytics.routes.ts';
import { landingPage } from './landing-page.ts';
import { dashboardPage } from './dashboard-page.ts';
import { NAMED_REPORT_NAMES } from '../analytics/eoir/reports/report-names.ts';
import { getNamedReport } from '../analytics/eoir/reports/report.service.ts';
import { errorResponse } from './error-response.ts';
import { createApi } from './api/api.ts';

/** Builds the Hono app over an open context. Holds no per-user state, so many nodes can serve one PostgreSQL. */
export function createHttpApp(app: AppContext, options: { isDemo: boolean }): Hono {
  const http = new Hono();

  http.onError(errorResponse);
  http.notFound((c) =>
    c.json(
      new AppError('NOT_FOUND', `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}.`).toJSON(),
      404,
    ),
  );

  http.get('/healthz', async (c) => {
    await app.database.db.selectFrom('ledger_head').select('seq').executeTakeFirstOrThrow();
    return c.json({ status: 'ok' });
  });

  http.route('/api/v1/analytics', createAnalyticsRoutes({ dataDir: app.dataDir }));
  const api = createApi(app);
  api.onError(errorResponse);
  http.route('/', api);

  http.get('/', (c) => c.html(landingPage({ isDemo: options.isDemo })));
  http.get('/dashboard', async (c) => {
    const reports = await Promise.all(
      NAMED_REPORT_NAMES.map((name) =>
        getNamedReport(app.dataDir, name, 'public').catch((error: unknown) => {
          if (error instanceof AppError) return error;
          throw error;
        }),
      ),
    );
    // One "nothing imported" notice is enough.
    const shown = reports.every((r) => r instanceof AppError) ? reports.slice(0, 1) : reports;
    return c.html(dashboardPage(shown, { isDemo: options.isDemo }));
  });
  return http;
}

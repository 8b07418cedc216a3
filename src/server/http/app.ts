// The HTTP application: health, the API under /api/v1, and the web app. Routes stay thin: parse, authorize, call, present.
import { Hono } from 'hono';
import { AppError } from '../../domain/errors.ts';
import type { AppContext } from '../app-context.ts';
import { createAnalyticsRoutes } from '../analytics/analytics.routes.ts';
import { ERROR_STATUS } from './error-status.ts';
import { landingPage } from './landing-page.ts';
import { dashboardPage } from './dashboard-page.ts';
import { NAMED_REPORT_NAMES } from '../analytics/eoir/reports/report-names.ts';
import { getNamedReport } from '../analytics/eoir/reports/report.service.ts';

/** Builds the Hono app over an open context. Holds no per-user state, so many nodes can serve one PostgreSQL. */
export function createHttpApp(app: AppContext, options: { isDemo: boolean }): Hono {
  const http = new Hono();

  http.onError((error, c) => {
    if (error instanceof AppError) return c.json(error.toJSON(), ERROR_STATUS[error.code]);
    // A bug: the response says so without details; the server log keeps the stack (never case content in messages).
    process.stderr.write(
      `[refuge] internal error on ${c.req.method} ${c.req.routePath}: ${error.stack ?? error.message}\n`,
    );
    return c.json(
      new AppError(
        'INTERNAL',
        'Something went wrong on the server; it has been logged. Try again, and report it if it persists.',
      ).toJSON(),
      500,
    );
  });
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

  // Public figures until sign-in lands (the API issue): small cells suppressed for everyone.
  http.route('/api/v1/analytics', createAnalyticsRoutes({ dataDir: app.dataDir }));

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

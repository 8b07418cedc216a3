// The HTTP application: health, the API under /api/v1, and the web app. Routes stay thin: parse, authorize, call, present.
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { createApi } from './api/api.ts';
import { AppError } from '../../domain/errors.ts';
import type { AppContext } from '../app-context.ts';
import { createAnalyticsRoutes } from '../analytics/analytics.routes.ts';
import { DEMO_HEADER, DEMO_HEADER_VALUE } from './demo-marking.ts';
import { errorResponse } from './error-response.ts';
import { securityHeaders } from './security-headers.ts';
import { mountWebApp } from './web-app.ts';

/** How the app presents itself: `isDemo` marks every response and page of a demo store. */
export interface HttpAppOptions {
  isDemo: boolean;
  /** A demo store on loopback names its published password in the page banner (default: when a demo). */
  showsDemoPassword?: boolean;
  /** The built web app (default dist/web). */
  webFolder?: string;
}

/** Where `refuge web build` puts the app. */
export const DEFAULT_WEB_FOLDER = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** Builds the Hono app over an open context. Holds no per-user state, so many nodes can serve one PostgreSQL. */
export function createHttpApp(app: AppContext, options: HttpAppOptions): Hono {
  const http = new Hono();
  http.use('*', securityHeaders());

  if (options.isDemo) {
    // Set after the handler, so error and not-found responses carry it too.
    http.use('*', async (c, next) => {
      await next();
      c.res.headers.set(DEMO_HEADER, DEMO_HEADER_VALUE);
    });
  }
  http.onError(errorResponse);
  // The path is not echoed back: a response says nothing the client did not need.
  http.notFound((c) =>
    c.json(
      new AppError('NOT_FOUND', 'No such endpoint: check the method and the address.', {
        method: c.req.method,
      }).toJSON(),
      404,
    ),
  );

  // A store that cannot answer makes the node unhealthy: 503 with the error shape (the error handler maps it).
  http.get('/healthz', async (c) => {
    await app.database.db.selectFrom('ledger_head').select('seq').executeTakeFirstOrThrow();
    return c.json({ status: 'ok' });
  });

  http.route('/api/v1/analytics', createAnalyticsRoutes({ dataDir: app.dataDir }));
  const api = createApi(app);
  api.onError(errorResponse);
  http.route('/', api);

  mountWebApp(http, {
    webFolder: options.webFolder ?? DEFAULT_WEB_FOLDER,
    isDemo: options.isDemo,
    showsDemoPassword: options.showsDemoPassword ?? options.isDemo,
  });
  return http;
}

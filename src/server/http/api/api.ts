// The API application: authentication for every request, each route from the route table with its access check
// and validation, the OpenAPI document at /api/openapi.json and its reference page at /api/docs.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import type { ApiEnv } from './api-env.ts';
import { apiDocument } from './api-document.ts';
import { API_REFERENCE_CSS, apiReferencePage } from './api-reference-page.ts';
import { apiRoutes } from './api-routes.ts';
import { authenticateRequests } from './authenticate.middleware.ts';
import { registerRoute } from './register-route.ts';
import { validationHook } from './validation-hook.ts';

/** Builds the API over an open context. It holds no per-user state: sessions and counters live in the store. */
export function createApi(app: AppContext): OpenAPIHono<ApiEnv> {
  const api = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  api.use('/api/v1/*', authenticateRequests(app));
  for (const definition of apiRoutes(app)) registerRoute(api, app, definition);
  const document = apiDocument(api);
  let cached: Record<string, unknown> | undefined;
  const documentOnce = () => (cached ??= document());
  api.get('/api/openapi.json', (c) => c.json(documentOnce()));
  api.get('/api/docs', (c) => c.html(apiReferencePage(documentOnce() as never)));
  api.get('/api/docs.css', (c) =>
    c.body(API_REFERENCE_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }),
  );
  return api;
}

/** The OpenAPI document alone, with no store behind it: what the web app's typed client is generated from. Route
 * definitions only close over the context, so building them touches nothing; any handler run here throws. */
export function describeApi(): Record<string, unknown> {
  const noStore = new Proxy(
    {},
    {
      get() {
        throw new Error('describeApi builds the OpenAPI document only; no route can run on it.');
      },
    },
  ) as AppContext;
  const api = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  for (const definition of apiRoutes(noStore)) registerRoute(api, noStore, definition);
  return apiDocument(api)();
}

// The route table: every route of the API, in the order the document lists them. A route missing here does not
// exist; a route here is in the OpenAPI document and in the access-matrix and fuzz tests.
import type { AppContext } from '../../app-context.ts';
import { deleteSessionRoute } from '../../auth/routes/delete-session.route.ts';
import { getSessionRoute } from '../../auth/routes/get-session.route.ts';
import { postSessionRoute } from '../../auth/routes/post-session.route.ts';
import type { ApiRoute } from './route-definition.ts';

/** Every route definition, bound to the app context. */
export function apiRoutes(app: AppContext): ApiRoute[] {
  const routes = [postSessionRoute(app), getSessionRoute(), deleteSessionRoute(app)];
  return routes as unknown as ApiRoute[];
}

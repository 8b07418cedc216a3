// The route table: every route of the API, in the order the document lists them. A route missing here does not
// exist; a route here is in the OpenAPI document and in the access-matrix and fuzz tests.
import type { AppContext } from '../../app-context.ts';
import { deleteSessionRoute } from '../../auth/routes/delete-session.route.ts';
import { getSessionRoute } from '../../auth/routes/get-session.route.ts';
import { postSessionRoute } from '../../auth/routes/post-session.route.ts';
import type { ApiRoute } from './route-definition.ts';
// office statistics
import { getFlagStatisticsRoute } from '../../statistics/routes/get-flag-statistics.route.ts';
import { getHarmStatisticsRoute } from '../../statistics/routes/get-harm-statistics.route.ts';
import { getObjectionStatisticsRoute } from '../../statistics/routes/get-objection-statistics.route.ts';
import { getReassignmentStatisticsRoute } from '../../statistics/routes/get-reassignment-statistics.route.ts';
import { getReturnStatisticsRoute } from '../../statistics/routes/get-return-statistics.route.ts';
import { getReviewStatisticsRoute } from '../../statistics/routes/get-review-statistics.route.ts';
import { getScreeningStatisticsRoute } from '../../statistics/routes/get-screening-statistics.route.ts';

/** Every route definition, bound to the app context. */
export function apiRoutes(app: AppContext): ApiRoute[] {
  const routes = [
    postSessionRoute(app),
    getSessionRoute(),
    deleteSessionRoute(app),
    // office statistics
    getScreeningStatisticsRoute(app),
    getReviewStatisticsRoute(app),
    getReturnStatisticsRoute(app),
    getHarmStatisticsRoute(app),
    getObjectionStatisticsRoute(app),
    getReassignmentStatisticsRoute(app),
    getFlagStatisticsRoute(app),
  ];
  return routes as unknown as ApiRoute[];
}

// The route table: every route of the API, in the order the document lists them. A route missing here does not
// exist; a route here is in the OpenAPI document and in the access-matrix and fuzz tests.
import type { AppContext } from '../../app-context.ts';
import { deleteSessionRoute } from '../../auth/routes/delete-session.route.ts';
import { getSessionRoute } from '../../auth/routes/get-session.route.ts';
import { postSessionRoute } from '../../auth/routes/post-session.route.ts';
import { postCaseTransferRoute } from '../../cases/routes/post-case-transfer.route.ts';
import { getMyQueueRoute } from '../../deadlines/routes/get-my-queue.route.ts';
import { getOfficeQueueRoute } from '../../deadlines/routes/get-office-queue.route.ts';
import { getFlagsRoute } from '../../flags/routes/get-flags.route.ts';
import { postFlagClearanceRoute } from '../../flags/routes/post-flag-clearance.route.ts';
import { deleteObjectionRoute } from '../../objections/routes/delete-objection.route.ts';
import { getMyObjectionsRoute } from '../../objections/routes/get-my-objections.route.ts';
import { getOfficeObjectionsRoute } from '../../objections/routes/get-office-objections.route.ts';
import { postObjectionRoute } from '../../objections/routes/post-objection.route.ts';
import { getScreeningRoute } from '../../screenings/routes/get-screening.route.ts';
import { postAssignmentRoute } from '../../screenings/routes/post-assignment.route.ts';
import { postDeclineRoute } from '../../screenings/routes/post-decline.route.ts';
import { postDeterminationRoute } from '../../screenings/routes/post-determination.route.ts';
import { postDissolutionRoute } from '../../screenings/routes/post-dissolution.route.ts';
import { postIjReviewDeclinedRoute } from '../../screenings/routes/post-ij-review-declined.route.ts';
import { postIjReviewRequestRoute } from '../../screenings/routes/post-ij-review-request.route.ts';
import { postInterviewScheduleRoute } from '../../screenings/routes/post-interview-schedule.route.ts';
import { postInterviewRoute } from '../../screenings/routes/post-interview.route.ts';
import { postReconsiderationRoute } from '../../screenings/routes/post-reconsideration.route.ts';
import { postReviewRoute } from '../../screenings/routes/post-review.route.ts';
import { postServiceRoute } from '../../screenings/routes/post-service.route.ts';
import type { ApiRoute } from './route-definition.ts';

/** Every route definition, bound to the app context. */
export function apiRoutes(app: AppContext): ApiRoute[] {
  const routes = [
    postSessionRoute(app),
    getSessionRoute(),
    deleteSessionRoute(app),
    // screening workflow
    getOfficeQueueRoute(app),
    getMyQueueRoute(app),
    getScreeningRoute(app),
    postAssignmentRoute(app),
    postDeclineRoute(app),
    postInterviewScheduleRoute(app),
    postInterviewRoute(app),
    postDeterminationRoute(app),
    postReviewRoute(app),
    postServiceRoute(app),
    postIjReviewRequestRoute(app),
    postIjReviewDeclinedRoute(app),
    postDissolutionRoute(app),
    postReconsiderationRoute(app),
    postCaseTransferRoute(app),
    postObjectionRoute(app),
    deleteObjectionRoute(app),
    getMyObjectionsRoute(app),
    getOfficeObjectionsRoute(app),
    getFlagsRoute(app),
    postFlagClearanceRoute(app),
  ];
  return routes as unknown as ApiRoute[];
}

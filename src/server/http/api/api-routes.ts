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
// User administration and bearer tokens
import { listUsersRoute } from '../../users/routes/list-users.route.ts';
import { postUserRoute } from '../../users/routes/post-user.route.ts';
import { disableUserRoute } from '../../users/routes/disable-user.route.ts';
import { enableUserRoute } from '../../users/routes/enable-user.route.ts';
import { putUserRoleRoute } from '../../users/routes/put-user-role.route.ts';
import { putDissentReviewerRoute } from '../../users/routes/put-dissent-reviewer.route.ts';
import { postUserTokenRoute } from '../../tokens/routes/post-user-token.route.ts';
import { listUserTokensRoute } from '../../tokens/routes/list-user-tokens.route.ts';
import { listMyTokensRoute } from '../../tokens/routes/list-my-tokens.route.ts';
import { deleteTokenRoute } from '../../tokens/routes/delete-token.route.ts';
// Policy dissent
import { postDissentRoute } from '../../dissent/routes/post-dissent.route.ts';
import { listDissentsRoute } from '../../dissent/routes/list-dissents.route.ts';
import { getDissentRoute } from '../../dissent/routes/get-dissent.route.ts';
import { answerDissentRoute } from '../../dissent/routes/answer-dissent.route.ts';
import { getDissentAttachmentRoute } from '../../dissent/routes/get-dissent-attachment.route.ts';
import { getDissentStatisticsRoute } from '../../dissent/routes/get-dissent-statistics.route.ts';
// The access log
import { getAccessLogRoute } from '../../access-log/routes/get-access-log.route.ts';
// A case's timeline from the ledger
import { getCaseTimelineRoute } from '../../timeline/routes/get-case-timeline.route.ts';

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
    // User administration and bearer tokens
    listUsersRoute(app),
    postUserRoute(app),
    disableUserRoute(app),
    enableUserRoute(app),
    putUserRoleRoute(app),
    putDissentReviewerRoute(app),
    postUserTokenRoute(app),
    listUserTokensRoute(app),
    listMyTokensRoute(app),
    deleteTokenRoute(app),
    // Policy dissent
    postDissentRoute(app),
    listDissentsRoute(app),
    getDissentRoute(app),
    answerDissentRoute(app),
    getDissentAttachmentRoute(app),
    getDissentStatisticsRoute(app),
    // The access log
    getAccessLogRoute(app),
    // A case's timeline from the ledger
    getCaseTimelineRoute(app),
  ];
  return routes as unknown as ApiRoute[];
}

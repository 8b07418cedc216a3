// The route table: every route of the API, in the order the document lists them. A route missing here does not
// exist; a route here is in the OpenAPI document and in the access-matrix and fuzz tests.
import type { AppContext } from '../../app-context.ts';
import { deleteSessionRoute } from '../../auth/routes/delete-session.route.ts';
import { getSessionRoute } from '../../auth/routes/get-session.route.ts';
import { postSessionRoute } from '../../auth/routes/post-session.route.ts';
import { getCaseRoute } from '../../cases/routes/get-case.route.ts';
import { postCaseRoute } from '../../cases/routes/post-case.route.ts';
import { postFearClaimRoute } from '../../cases/routes/post-fear-claim.route.ts';
import { postMppEnrolmentRoute } from '../../cases/routes/post-mpp-enrolment.route.ts';
import { postMppExemptionRoute } from '../../cases/routes/post-mpp-exemption.route.ts';
import { postReturnRoute } from '../../cases/routes/post-return.route.ts';
import { postHarmReportRoute } from '../../harm/routes/post-harm-report.route.ts';
import { getMppExemptionsRoute } from '../../reference/routes/get-mpp-exemptions.route.ts';
import { getCasesRoute } from '../../search/routes/get-cases.route.ts';
import type { ApiRoute } from './route-definition.ts';

/** Every route definition, bound to the app context. */
export function apiRoutes(app: AppContext): ApiRoute[] {
  const routes = [
    postSessionRoute(app),
    getSessionRoute(),
    deleteSessionRoute(app),
    // intake, case file, search, harm
    postCaseRoute(app),
    getCasesRoute(app),
    getCaseRoute(app),
    postMppEnrolmentRoute(app),
    postMppExemptionRoute(app),
    postReturnRoute(app),
    postFearClaimRoute(app),
    postHarmReportRoute(app),
    getMppExemptionsRoute(),
  ];
  return routes as unknown as ApiRoute[];
}

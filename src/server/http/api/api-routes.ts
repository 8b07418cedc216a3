// The route table: every route of the API, in the order the document lists them. A route missing here does not
// exist; a route here is in the OpenAPI document and in the access-matrix and fuzz tests.
import type { AppContext } from '../../app-context.ts';
import { deleteSessionRoute } from '../../auth/routes/delete-session.route.ts';
import { getSessionRoute } from '../../auth/routes/get-session.route.ts';
import { postSessionRoute } from '../../auth/routes/post-session.route.ts';
import { getCaseProceedingsRoute } from '../../court/routes/get-case-proceedings.route.ts';
import { getCourtCalendarRoute } from '../../court/routes/get-court-calendar.route.ts';
import { getHearingNoticesRoute } from '../../court/routes/get-hearing-notices.route.ts';
import { getProceedingRoute } from '../../court/routes/get-proceeding.route.ts';
import { postApplicationDecisionRoute } from '../../court/routes/post-application-decision.route.ts';
import { postApplicationRoute } from '../../court/routes/post-application.route.ts';
import { postAttendanceRoute } from '../../court/routes/post-attendance.route.ts';
import { postCompletionRoute } from '../../court/routes/post-completion.route.ts';
import { postHearingNoticeRoute } from '../../court/routes/post-hearing-notice.route.ts';
import { postHearingRoute } from '../../court/routes/post-hearing.route.ts';
import { postIjDecisionRoute } from '../../court/routes/post-ij-decision.route.ts';
import { postProceedingRoute } from '../../court/routes/post-proceeding.route.ts';
import { getAppearanceConsentRoute } from '../../representation/routes/get-appearance-consent.route.ts';
import { getClientsRoute } from '../../representation/routes/get-clients.route.ts';
import { getFilingContentRoute } from '../../representation/routes/get-filing-content.route.ts';
import { getFilingsRoute } from '../../representation/routes/get-filings.route.ts';
import { getOwnAppearancesRoute } from '../../representation/routes/get-own-appearances.route.ts';
import { getPendingAppearancesRoute } from '../../representation/routes/get-pending-appearances.route.ts';
import { postAppearanceAcceptanceRoute } from '../../representation/routes/post-appearance-acceptance.route.ts';
import { postAppearanceRejectionRoute } from '../../representation/routes/post-appearance-rejection.route.ts';
import { postAppearanceWithdrawalRoute } from '../../representation/routes/post-appearance-withdrawal.route.ts';
import { postAppearanceRoute } from '../../representation/routes/post-appearance.route.ts';
import { postFilingRoute } from '../../representation/routes/post-filing.route.ts';
import { getCaseRoute } from '../../cases/routes/get-case.route.ts';
import { postCaseRoute } from '../../cases/routes/post-case.route.ts';
import { postFearClaimRoute } from '../../cases/routes/post-fear-claim.route.ts';
import { postMppEnrolmentRoute } from '../../cases/routes/post-mpp-enrolment.route.ts';
import { postMppExemptionRoute } from '../../cases/routes/post-mpp-exemption.route.ts';
import { postReturnRoute } from '../../cases/routes/post-return.route.ts';
import { postHarmReportRoute } from '../../harm/routes/post-harm-report.route.ts';
import { getMppExemptionsRoute } from '../../reference/routes/get-mpp-exemptions.route.ts';
import { getCasesRoute } from '../../search/routes/get-cases.route.ts';
import { postCaseTransferRoute } from '../../cases/routes/post-case-transfer.route.ts';
import { getMyQueueRoute } from '../../deadlines/routes/get-my-queue.route.ts';
import { getOfficeQueueRoute } from '../../deadlines/routes/get-office-queue.route.ts';
import { getOfficeOfficersRoute } from '../../users/routes/get-office-officers.route.ts';
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
// office statistics
import { getFlagStatisticsRoute } from '../../statistics/routes/get-flag-statistics.route.ts';
import { getHarmStatisticsRoute } from '../../statistics/routes/get-harm-statistics.route.ts';
import { getObjectionStatisticsRoute } from '../../statistics/routes/get-objection-statistics.route.ts';
import { getReassignmentStatisticsRoute } from '../../statistics/routes/get-reassignment-statistics.route.ts';
import { getReturnStatisticsRoute } from '../../statistics/routes/get-return-statistics.route.ts';
import { getReviewStatisticsRoute } from '../../statistics/routes/get-review-statistics.route.ts';
import { getScreeningStatisticsRoute } from '../../statistics/routes/get-screening-statistics.route.ts';
// The public dashboard
import { getDashboardFigureRoute } from '../../dashboard/routes/get-dashboard-figure.route.ts';
import { getDashboardFiltersRoute } from '../../dashboard/routes/get-dashboard-filters.route.ts';
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
// The verifiable log's public checkpoint and proofs
import { getCheckpointRoute } from '../../ledger/routes/get-checkpoint.route.ts';
import { getLogKeyRoute } from '../../ledger/routes/get-log-key.route.ts';
import { getConsistencyProofRoute } from '../../ledger/routes/get-consistency-proof.route.ts';
import { getInclusionProofRoute } from '../../ledger/routes/get-inclusion-proof.route.ts';
import { postCosignatureRoute } from '../../ledger/routes/post-cosignature.route.ts';
import { getRecordOfDeterminationRoute } from '../../ledger/routes/get-record-of-determination.route.ts';
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
    // The public dashboard
    getDashboardFiltersRoute(app),
    getDashboardFigureRoute(app),
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
    // The verifiable log's public checkpoint and proofs
    getLogKeyRoute(app),
    getCheckpointRoute(app),
    getInclusionProofRoute(app),
    getConsistencyProofRoute(app),
    postCosignatureRoute(app),
    // A case's timeline from the ledger
    getCaseTimelineRoute(app),
    // court and counsel
    getCaseProceedingsRoute(app),
    postProceedingRoute(app),
    getProceedingRoute(app),
    postHearingRoute(app),
    postAttendanceRoute(app),
    postHearingNoticeRoute(app),
    getHearingNoticesRoute(app),
    postApplicationRoute(app),
    postApplicationDecisionRoute(app),
    postCompletionRoute(app),
    getCourtCalendarRoute(app),
    postIjDecisionRoute(app),
    postAppearanceRoute(app),
    getOwnAppearancesRoute(app),
    getPendingAppearancesRoute(app),
    postAppearanceAcceptanceRoute(app),
    postAppearanceRejectionRoute(app),
    postAppearanceWithdrawalRoute(app),
    getAppearanceConsentRoute(app),
    getClientsRoute(app),
    postFilingRoute(app),
    getFilingsRoute(app),
    getFilingContentRoute(app),
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
    // screening workflow
    getOfficeQueueRoute(app),
    getOfficeOfficersRoute(app),
    getMyQueueRoute(app),
    getScreeningRoute(app),
    getRecordOfDeterminationRoute(app),
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

// GET /api/v1/cases/{caseId}/hearing-notices: the notices of hearing served on a case.
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentHearingNotice } from '../court.presenter.ts';
import { listHearingNotices } from '../hearing-notice.service.ts';
import { CaseParamSchema, HearingNoticeListSchema } from './court.schemas.ts';

/** A case's hearing notices. */
export const getHearingNoticesRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.read', logRead: true },
    route: createRoute({
      method: 'get',
      path: '/api/v1/cases/{caseId}/hearing-notices',
      tags: ['Court'],
      summary: "A case's hearing notices",
      description:
        'Every notice of hearing served on the case, in the order served, each with the hearing it announces: for the court of record, the office and counsel of record.',
      request: { params: CaseParamSchema },
      responses: {
        200: {
          description: 'The notices.',
          content: { 'application/json': { schema: HearingNoticeListSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      return c.json({ items: (await listHearingNotices(app, caseId)).map(presentHearingNotice) }, 200);
    },
  });

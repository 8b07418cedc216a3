// GET /api/v1/cases/{caseId}/proceedings: a case's proceedings with their hearings, applications and outcomes.
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentProceeding } from '../court.presenter.ts';
import { listProceedings } from '../court.service.ts';
import { CaseParamSchema, ProceedingListSchema } from './court.schemas.ts';

/** A case's proceedings. */
export const getCaseProceedingsRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.read', logRead: true },
    route: createRoute({
      method: 'get',
      path: '/api/v1/cases/{caseId}/proceedings',
      tags: ['Court'],
      summary: "A case's proceedings",
      description: 'Every proceeding of the case, oldest first, with its hearings, applications and outcome.',
      request: { params: CaseParamSchema },
      responses: {
        200: {
          description: 'The proceedings.',
          content: { 'application/json': { schema: ProceedingListSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      const proceedings = await listProceedings(app, caseId);
      return c.json({ items: proceedings.map(presentProceeding) }, 200);
    },
  });

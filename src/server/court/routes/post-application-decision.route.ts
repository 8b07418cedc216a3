// POST /api/v1/proceedings/{proceedingId}/applications/{applicationId}/decision: the judge decides an application.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentProceeding } from '../court.presenter.ts';
import { decideApplication } from '../court.service.ts';
import { ApplicationParamSchema, DecideApplicationSchema, ProceedingSchema } from './court.schemas.ts';

/** Decide an application. */
export const postApplicationDecisionRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'proceeding',
      param: 'proceedingId',
      action: 'case.court',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/proceedings/{proceedingId}/applications/{applicationId}/decision',
      tags: ['Court'],
      summary: 'Decide an application',
      description:
        'Records the judge\u2019s decision on an application (once): granted, denied, withdrawn, abandoned or other.',
      request: {
        params: ApplicationParamSchema,
        body: { required: true, content: { 'application/json': { schema: DecideApplicationSchema } } },
      },
      responses: {
        200: {
          description: 'The proceeding.',
          content: { 'application/json': { schema: ProceedingSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { proceedingId, applicationId } = c.req.valid('param');
      const body = c.req.valid('json');
      const p = unwrap(
        await decideApplication(app, c.get('viewer')!.id, proceedingId, { applicationId, ...body }),
      );
      return c.json(presentProceeding(p), 200);
    },
  });

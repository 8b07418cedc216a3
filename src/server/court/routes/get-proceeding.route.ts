// GET /api/v1/proceedings/{proceedingId}: one proceeding with its hearings, applications and outcome.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentProceeding } from '../court.presenter.ts';
import { getProceeding } from '../court.service.ts';
import { ProceedingParamSchema, ProceedingSchema } from './court.schemas.ts';

/** A proceeding. */
export const getProceedingRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'proceeding',
      param: 'proceedingId',
      action: 'case.read',
      logRead: true,
    },
    route: createRoute({
      method: 'get',
      path: '/api/v1/proceedings/{proceedingId}',
      tags: ['Court'],
      summary: 'A proceeding',
      description: 'The proceeding with its hearings, applications and outcome.',
      request: { params: ProceedingParamSchema },
      responses: {
        200: {
          description: 'The proceeding.',
          content: { 'application/json': { schema: ProceedingSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { proceedingId } = c.req.valid('param');
      return c.json(presentProceeding(unwrap(await getProceeding(app, proceedingId))), 200);
    },
  });

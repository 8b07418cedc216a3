// POST /api/v1/proceedings/{proceedingId}/completion: the judge completes the proceeding with its outcome.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentProceeding } from '../court.presenter.ts';
import { completeProceeding } from '../court.service.ts';
import { CompleteProceedingSchema, ProceedingParamSchema, ProceedingSchema } from './court.schemas.ts';

/** Complete a proceeding. */
export const postCompletionRoute = (app: AppContext) =>
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
      path: '/api/v1/proceedings/{proceedingId}/completion',
      tags: ['Court'],
      summary: 'Complete a proceeding',
      description:
        'Completes an open proceeding with its outcome. A removal order in absentia needs a missed hearing as the latest hearing on record; relief needs a granted application of that kind.',
      request: {
        params: ProceedingParamSchema,
        body: { required: true, content: { 'application/json': { schema: CompleteProceedingSchema } } },
      },
      responses: {
        200: {
          description: 'The completed proceeding.',
          content: { 'application/json': { schema: ProceedingSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { proceedingId } = c.req.valid('param');
      const body = c.req.valid('json');
      const p = unwrap(await completeProceeding(app, c.get('viewer')!.id, proceedingId, body));
      return c.json(presentProceeding(p), 200);
    },
  });

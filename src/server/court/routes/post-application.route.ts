// POST /api/v1/proceedings/{proceedingId}/applications: an application for relief is lodged with the court.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentProceeding } from '../court.presenter.ts';
import { fileApplication } from '../court.service.ts';
import { FileApplicationSchema, ProceedingParamSchema, ProceedingSchema } from './court.schemas.ts';

/** File an application. */
export const postApplicationRoute = (app: AppContext) =>
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
      path: '/api/v1/proceedings/{proceedingId}/applications',
      tags: ['Court'],
      summary: 'File an application for relief',
      description:
        'Records an application for asylum, withholding of removal or CAT protection on an open proceeding.',
      request: {
        params: ProceedingParamSchema,
        body: { required: true, content: { 'application/json': { schema: FileApplicationSchema } } },
      },
      responses: {
        201: {
          description: 'The proceeding with the new application last.',
          content: { 'application/json': { schema: ProceedingSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { proceedingId } = c.req.valid('param');
      const body = c.req.valid('json');
      const p = unwrap(await fileApplication(app, c.get('viewer')!.id, proceedingId, body));
      return c.json(presentProceeding(p), 201);
    },
  });

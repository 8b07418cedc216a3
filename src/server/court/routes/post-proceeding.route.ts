// POST /api/v1/cases/{caseId}/proceedings: the court opens a proceeding on a case before it.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentProceeding } from '../court.presenter.ts';
import { openProceeding } from '../court.service.ts';
import { CaseParamSchema, OpenProceedingSchema, ProceedingSchema } from './court.schemas.ts';

/** Open a proceeding. */
export const postProceedingRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.court', logRead: false },
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases/{caseId}/proceedings',
      tags: ['Court'],
      summary: 'Open a proceeding',
      description:
        "Opens a proceeding on a case before the caller's court (the case is before it through its notice to appear, an IJ review or an earlier proceeding). On a change of venue or a transfer, `court` names the receiving court, whose judges see the case from then on.",
      request: {
        params: CaseParamSchema,
        body: { required: true, content: { 'application/json': { schema: OpenProceedingSchema } } },
      },
      responses: {
        201: {
          description: 'The proceeding.',
          content: { 'application/json': { schema: ProceedingSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      const body = c.req.valid('json');
      const opened = unwrap(await openProceeding(app, c.get('viewer')!.id, { caseId, ...body }));
      return c.json(presentProceeding(opened), 201);
    },
  });

// POST /api/v1/cases/{caseId}/transfer: a supervisor transfers a case of their office to another office.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { transferCase } from '../case-transfer.service.ts';
import {
  CaseTransferInputSchema,
  CaseTransferredSchema,
  TransferCaseParamSchema,
} from './case-transfer.schemas.ts';

/** Transfer a case. */
export const postCaseTransferRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'case',
      param: 'caseId',
      action: 'case.transfer',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases/{caseId}/transfer',
      tags: ['Cases'],
      summary: 'Transfer a case to another office',
      description:
        "A supervisor of the office holding the case transfers it to another office, with a reason (a signed `case.transferred` event). Its open screenings move with it, unassigned, into the receiving office's unassigned queue; screenings already served stay on the record of the office that decided them. From then on the old office has no basis to see the case (404).",
      request: {
        params: TransferCaseParamSchema,
        body: { required: true, content: { 'application/json': { schema: CaseTransferInputSchema } } },
      },
      responses: {
        200: {
          description: 'The case, transferred.',
          content: { 'application/json': { schema: CaseTransferredSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      const body = c.req.valid('json');
      const done = unwrap(await transferCase(app, c.get('viewer')!.id, caseId, body));
      return c.json(done, 200);
    },
  });

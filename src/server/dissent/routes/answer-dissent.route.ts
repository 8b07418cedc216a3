// POST /api/v1/dissents/{dissentId}/answer: a designated reviewer answers a dissent in writing.
import { createRoute } from '@hono/zod-openapi';
import { DISSENT_READER_ROLES } from '../../../domain/dissent/dissent-access.ts';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentDissent } from '../dissent.presenter.ts';
import { answerDissent } from '../dissent.service.ts';
import { DissentAnswerSchema, DissentParamSchema, DissentSchema } from './dissent.schemas.ts';

/** Answer a dissent. */
export const answerDissentRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: DISSENT_READER_ROLES },
    route: createRoute({
      method: 'post',
      path: '/api/v1/dissents/{dissentId}/answer',
      tags: ['Dissent'],
      summary: 'Answer a dissent',
      description:
        'A designated reviewer answers in writing (up to 20,000 characters), once, and never their own dissent (403). The filer sees the answer. Answering is a signed ledger event.',
      request: {
        params: DissentParamSchema,
        body: { required: true, content: { 'application/json': { schema: DissentAnswerSchema } } },
      },
      responses: {
        200: {
          description: 'The answered dissent.',
          content: { 'application/json': { schema: DissentSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { dissentId } = c.req.valid('param');
      const { text } = c.req.valid('json');
      const record = unwrap(await answerDissent(app, c.get('viewer')!.id, dissentId, text));
      return c.json(presentDissent(record, app.now()), 200);
    },
  });

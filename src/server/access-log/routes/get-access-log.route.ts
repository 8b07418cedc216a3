// GET /api/v1/access-log: who read which confidential records, for supervisors (their office) and administrators.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentAccessLogEntry } from '../access-log.presenter.ts';
import { readAccessLog } from '../access-log.service.ts';
import { AccessLogPageSchema, AccessLogQuerySchema } from './access-log.schemas.ts';

/** Read the access log. */
export const getAccessLogRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['supervisor', 'admin'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/access-log',
      tags: ['Access log'],
      summary: 'Read the access log',
      description:
        'Every read of a confidential record, every search and export: who, when, which case, the basis and the purpose; newest first, filtered by case, user or action. Supervisors see the entries of their own office\u2019s users (reads of policy dissents excepted); administrators see all. Reading the log is itself logged.',
      request: { query: AccessLogQuerySchema },
      responses: {
        200: {
          description: 'A page of the log.',
          content: { 'application/json': { schema: AccessLogPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const purpose = statedPurpose(c.req.header(PURPOSE_HEADER));
      const page = unwrap(await readAccessLog(app, c.get('viewer')!.id, c.req.valid('query'), purpose));
      return c.json({ items: page.items.map(presentAccessLogEntry), nextCursor: page.nextCursor }, 200);
    },
  });

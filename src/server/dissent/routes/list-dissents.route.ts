// GET /api/v1/dissents: the caller's own dissents, or (for reviewers, view=review) the queue, oldest due first.
import { createRoute } from '@hono/zod-openapi';
import { DISSENT_READER_ROLES } from '../../../domain/dissent/dissent-access.ts';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentDissentSummary } from '../dissent.presenter.ts';
import { listDissents } from '../dissent.service.ts';
import { DissentListQuerySchema, DissentPageSchema } from './dissent.schemas.ts';

/** List dissents. */
export const listDissentsRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: DISSENT_READER_ROLES },
    route: createRoute({
      method: 'get',
      path: '/api/v1/dissents',
      tags: ['Dissent'],
      summary: 'My dissents, or the reviewers\u2019 queue',
      description:
        'view=mine (default): the dissents you filed, newest first. view=review: for designated reviewers only (403 otherwise), the dissents by due date, oldest first, open ones by default, each with isOverdue; every dissent shown is written to the access log.',
      request: { query: DissentListQuerySchema },
      responses: {
        200: {
          description: 'A page of dissents.',
          content: { 'application/json': { schema: DissentPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const purpose = statedPurpose(c.req.header(PURPOSE_HEADER));
      const page = unwrap(await listDissents(app, c.get('viewer')!.id, c.req.valid('query'), purpose));
      const now = app.now();
      return c.json(
        { items: page.items.map((r) => presentDissentSummary(r, now)), nextCursor: page.nextCursor },
        200,
      );
    },
  });

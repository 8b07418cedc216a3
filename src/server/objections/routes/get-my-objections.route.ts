// GET /api/v1/objections/mine: the signed-in officer's own objections, with their reasons.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { PageQuerySchema } from '../../paging/page.schemas.ts';
import { presentObjection } from '../objection.presenter.ts';
import { listMyObjections } from '../objection.service.ts';
import { ObjectionPageSchema } from './objections.schemas.ts';

/** My objections. */
export const getMyObjectionsRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['officer'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/objections/mine',
      tags: ['Objections'],
      summary: 'My objections',
      description:
        "The signed-in officer's declines of single screenings and standing objections to categories (withdrawn ones included), newest first.",
      request: { query: PageQuerySchema },
      responses: {
        200: {
          description: 'A page of objections.',
          content: { 'application/json': { schema: ObjectionPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const query = c.req.valid('query');
      const page = unwrap(
        await listMyObjections(app, c.get('viewer')!, {
          ...query,
          purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        }),
      );
      return c.json({ items: page.items.map(presentObjection), nextCursor: page.nextCursor }, 200);
    },
  });

// GET /api/v1/appearances/mine: counsel's own notices of appearance and where each stands.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PageQuerySchema } from '../../paging/page.schemas.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { listOwnNotices } from '../appearance.service.ts';
import { presentOwnNotice } from '../representation.presenter.ts';
import { OwnNoticePageSchema } from './representation.schemas.ts';

/** Counsel's own notices. */
export const getOwnAppearancesRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['counsel'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/appearances/mine',
      tags: ['Representation'],
      summary: 'My notices of appearance',
      description:
        "The caller's notices of appearance, oldest first: pending, accepted (with the case), rejected (with the reason) or withdrawn.",
      request: { query: PageQuerySchema },
      responses: {
        200: {
          description: 'A page of notices.',
          content: { 'application/json': { schema: OwnNoticePageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const page = unwrap(await listOwnNotices(app, c.get('viewer')!, c.req.valid('query')));
      return c.json({ items: page.items.map(presentOwnNotice), nextCursor: page.nextCursor }, 200);
    },
  });

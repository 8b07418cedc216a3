// GET /api/v1/appearances/pending: the notices of appearance waiting for the caller's answer.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PageQuerySchema } from '../../paging/page.schemas.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { listPendingNotices } from '../appearance.service.ts';
import { presentPendingNotice } from '../representation.presenter.ts';
import { PendingNoticePageSchema } from './representation.schemas.ts';

/** Pending notices to answer. */
export const getPendingAppearancesRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['intake', 'supervisor', 'court'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/appearances/pending',
      tags: ['Representation'],
      summary: 'Notices of appearance to answer',
      description:
        "Pending notices on cases the caller may see: G-28s for the intake and supervisors of the case's office, EOIR-28s for the court the case is before. Oldest first; every case shown is written to the access log.",
      request: { query: PageQuerySchema },
      responses: {
        200: {
          description: 'A page of pending notices.',
          content: { 'application/json': { schema: PendingNoticePageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const page = unwrap(
        await listPendingNotices(app, c.get('viewer')!, {
          ...c.req.valid('query'),
          purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        }),
      );
      return c.json({ items: page.items.map(presentPendingNotice), nextCursor: page.nextCursor }, 200);
    },
  });

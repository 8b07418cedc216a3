// GET /api/v1/queues/mine: the screenings assigned to the signed-in officer, a page at a time.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentQueueItem } from '../queue.presenter.ts';
import { getMyQueue } from '../queue.service.ts';
import { PageQuerySchema } from '../../paging/page.schemas.ts';
import { QueuePageSchema } from './queues.schemas.ts';

/** My queue. */
export const getMyQueueRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['officer'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/queues/mine',
      tags: ['Queues'],
      summary: 'My queue',
      description:
        "The screenings assigned to the signed-in officer that are short of service, soonest time limit first, each with its deadlines evaluated now (due soon and overdue marked in `urgency`) and its case's open flags. Every case shown is written to the access log.",
      request: { query: PageQuerySchema },
      responses: {
        200: {
          description: 'A page of the queue.',
          content: { 'application/json': { schema: QueuePageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const query = c.req.valid('query');
      const page = unwrap(
        await getMyQueue(app, c.get('viewer')!, {
          ...query,
          purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        }),
      );
      return c.json({ items: page.items.map(presentQueueItem), nextCursor: page.nextCursor }, 200);
    },
  });

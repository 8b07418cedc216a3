// GET /api/v1/queues/office: one bucket of the supervisor's own office's queue, a page at a time.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentQueueItem } from '../queue.presenter.ts';
import { getOfficeQueue } from '../queue.service.ts';
import { OfficeQueueQuerySchema, QueuePageSchema } from './queues.schemas.ts';

/** The office's queue. */
export const getOfficeQueueRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['supervisor'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/queues/office',
      tags: ['Queues'],
      summary: "The office's queue",
      description:
        "One bucket of the screenings of the supervisor's own office (unassigned, assigned, awaiting review, due soon, overdue), soonest time limit first, each with its case, its deadlines evaluated now and its case's open flags. Every case shown is written to the access log (state a purpose in the Refuge-Purpose header).",
      request: { query: OfficeQueueQuerySchema },
      responses: {
        200: {
          description: 'A page of the bucket.',
          content: { 'application/json': { schema: QueuePageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const query = c.req.valid('query');
      const page = unwrap(
        await getOfficeQueue(app, c.get('viewer')!, {
          ...query,
          purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        }),
      );
      return c.json({ items: page.items.map(presentQueueItem), nextCursor: page.nextCursor }, 200);
    },
  });

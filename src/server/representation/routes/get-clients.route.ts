// GET /api/v1/counsel/clients: the cases the caller represents, with the person and the next hearing.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PageQuerySchema } from '../../paging/page.schemas.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { listClients } from '../counsel-clients.service.ts';
import { presentClient } from '../representation.presenter.ts';
import { ClientPageSchema } from './representation.schemas.ts';

/** Counsel's clients. */
export const getClientsRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['counsel'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/counsel/clients',
      tags: ['Representation'],
      summary: 'My clients',
      description:
        "The cases on which the caller holds an accepted, current notice of appearance, by the date each opened: the person's name and A-number, the case's status and the next hearing. Every case shown is written to the access log.",
      request: { query: PageQuerySchema },
      responses: {
        200: {
          description: 'A page of clients.',
          content: { 'application/json': { schema: ClientPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const page = unwrap(
        await listClients(app, c.get('viewer')!, {
          ...c.req.valid('query'),
          purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        }),
      );
      return c.json({ items: page.items.map(presentClient), nextCursor: page.nextCursor }, 200);
    },
  });

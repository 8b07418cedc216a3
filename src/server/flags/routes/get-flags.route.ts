// GET /api/v1/flags: the open consistency flags of the supervisor's own office, with the record that raised each.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentOfficeFlag } from '../flag.presenter.ts';
import { listOfficeOpenFlags } from '../flag.service.ts';
import { FlagsQuerySchema, OfficeFlagPageSchema } from './flags.schemas.ts';

/** The office's open flags. */
export const getFlagsRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['supervisor'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/flags',
      tags: ['Flags'],
      summary: "The office's open flags",
      description:
        "The open consistency flags on the cases the supervisor's own office holds, oldest first, each with the record that raised it (a screening, a return to Mexico, or the case). Every case shown is written to the access log.",
      request: { query: FlagsQuerySchema },
      responses: {
        200: {
          description: 'A page of open flags.',
          content: { 'application/json': { schema: OfficeFlagPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const page = unwrap(
        await listOfficeOpenFlags(app, c.get('viewer')!, {
          limit,
          cursor,
          purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        }),
      );
      return c.json({ items: page.items.map(presentOfficeFlag), nextCursor: page.nextCursor }, 200);
    },
  });

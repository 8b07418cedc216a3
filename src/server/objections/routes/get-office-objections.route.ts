// GET /api/v1/objections: the objections of the supervisor's own office's officers, with their reasons.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { PageQuerySchema } from '../../paging/page.schemas.ts';
import { presentOfficeObjection } from '../objection.presenter.ts';
import { listOfficeObjections } from '../objection.service.ts';
import { OfficeObjectionPageSchema } from './objections.schemas.ts';

/** The office's objections. */
export const getOfficeObjectionsRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['supervisor'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/objections',
      tags: ['Objections'],
      summary: "The office's objections",
      description:
        "The declines of single screenings and the standing category objections of the officers of the supervisor's own office, with their reasons, newest first, so that assignments go around them. A declined screening is named only while the office still holds it (each case named is written to the access log).",
      request: { query: PageQuerySchema },
      responses: {
        200: {
          description: 'A page of objections.',
          content: { 'application/json': { schema: OfficeObjectionPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const query = c.req.valid('query');
      const page = unwrap(
        await listOfficeObjections(app, c.get('viewer')!, {
          ...query,
          purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        }),
      );
      return c.json({ items: page.items.map(presentOfficeObjection), nextCursor: page.nextCursor }, 200);
    },
  });

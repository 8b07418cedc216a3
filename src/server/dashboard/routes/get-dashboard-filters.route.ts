// GET /api/v1/dashboard/filters: the fiscal years, nationalities and courts present in the data, with names.
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { getDashboardFilterChoices } from '../dashboard.service.ts';
import { DashboardFilterChoicesSchema } from './dashboard.schemas.ts';

/** The dashboard's filter choices. */
export const getDashboardFiltersRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    route: createRoute({
      method: 'get',
      path: '/api/v1/dashboard/filters',
      tags: ['Dashboard'],
      summary: 'The filter choices of the public dashboard',
      description:
        "The fiscal years of each source, and the nationalities and courts of the court data with their names from the release's lookup tables (empty, with courtData null, before any import).",
      responses: {
        200: {
          description: 'The choices.',
          content: { 'application/json': { schema: DashboardFilterChoicesSchema } },
        },
      },
    }),
    handler: async (c) => c.json(await getDashboardFilterChoices(app), 200),
  });

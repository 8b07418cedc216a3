// GET /api/v1/dashboard/figures/{figure}: one figure of the public dashboard, filtered, as a table with its source.
import { createRoute } from '@hono/zod-openapi';
import { statisticsAudience } from '../../../domain/access/statistics-audience.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { getDashboardFigure } from '../dashboard.service.ts';
import {
  DashboardFigureParamsSchema,
  DashboardFigureSchema,
  DashboardQuerySchema,
} from './dashboard.schemas.ts';

/** One dashboard figure. */
export const getDashboardFigureRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    extraErrors: [404],
    route: createRoute({
      method: 'get',
      path: '/api/v1/dashboard/figures/{figure}',
      tags: ['Dashboard'],
      summary: 'A figure of the public dashboard',
      description:
        'One chart\'s figures, from one source: the court data (court-funnel, court-outcomes, court-representation) or our own office (the rest). Rows and columns carry their code and name; percent columns state what they divide; the source says whether it is synthetic. Filters a source cannot apply are listed under filters.notApplied. Analysts get exact counts; everyone else counts of 1 to 9 as "<10" and, where needed, other figures withheld as "x". Before any court data is imported the court figures answer 404 NO_COURT_DATA. CSV: build it from rows (the table is the whole figure); no CSV is served.',
      request: { params: DashboardFigureParamsSchema, query: DashboardQuerySchema },
      responses: {
        200: {
          description: 'The figure with its source, filters, rates and definitions.',
          content: { 'application/json': { schema: DashboardFigureSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { figure } = c.req.valid('param');
      const query = c.req.valid('query');
      const result = await getDashboardFigure(
        app,
        figure,
        {
          fiscalYear: query.fiscalYear ?? null,
          nationality: query.nationality ?? null,
          court: query.court ?? null,
        },
        statisticsAudience(c.get('viewer')),
      );
      return c.json(result, 200);
    },
  });

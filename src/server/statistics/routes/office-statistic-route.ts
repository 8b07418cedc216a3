// The one declaration behind every office statistics route: public, filtered by office and fiscal year, exact for
// analysts and suppressed for everyone else, answered from a model that includes every act recorded before it.
import { createRoute } from '@hono/zod-openapi';
import { statisticsAudience } from '../../../domain/access/statistics-audience.ts';
import { toOfficeStatisticsJson } from '../../analytics/office/statistics/office-statistics-json.ts';
import { getOfficeStatistics } from '../../analytics/office/statistics/office-statistics.service.ts';
import type { OfficeStatisticName } from '../../analytics/office/statistics/office-statistics.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { OfficeStatisticsQuerySchema, OfficeStatisticsSchema } from './statistics.schemas.ts';

/** What differs between the office statistics routes. */
export interface OfficeStatisticRouteSpec {
  readonly name: OfficeStatisticName;
  readonly summary: string;
  readonly description: string;
}

const RULES =
  'Figures come from our own office records, brought up to date before the answer (an act recorded just before is included). Analysts get exact counts; everyone else gets counts from 1 to 9 as "<10" and, where needed, other figures withheld as "x" so that none can be worked out from the totals. Months only: no exact date, name, A-number or free text.';

/** GET /api/v1/statistics/office/<name>. */
export const officeStatisticRoute = (app: AppContext, spec: OfficeStatisticRouteSpec) =>
  defineRoute({
    access: { kind: 'public' },
    route: createRoute({
      method: 'get',
      path: `/api/v1/statistics/office/${spec.name}`,
      tags: ['Statistics'],
      summary: spec.summary,
      description: `${spec.description}\n\n${RULES}`,
      request: { query: OfficeStatisticsQuerySchema },
      responses: {
        200: {
          description: 'The figures with their source, refresh time and definitions.',
          content: { 'application/json': { schema: OfficeStatisticsSchema } },
        },
      },
    }),
    handler: async (c) => {
      const query = c.req.valid('query');
      const result = await getOfficeStatistics(
        app,
        spec.name,
        { office: query.office ?? null, fiscalYear: query.fiscalYear ?? null },
        statisticsAudience(c.get('viewer')),
      );
      return c.json(toOfficeStatisticsJson(result), 200);
    },
  });

// GET /api/v1/statistics/dissents: counts of dissents filed, answered and overdue, by policy and month: public
// with small cells suppressed, exact for analysts.
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { getDissentStatistics } from '../dissent-statistics.service.ts';
import { DissentStatisticsSchema } from './dissent.schemas.ts';

/** The dissent statistic. */
export const getDissentStatisticsRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    route: createRoute({
      method: 'get',
      path: '/api/v1/statistics/dissents',
      tags: ['Statistics'],
      summary: 'Policy dissents filed, answered and overdue',
      description:
        'By policy and month. The public sees counts of 1 to 9 as "<10", further counts withheld ("x") so that none can be derived from the totals, and policies named in fewer than 10 dissents pooled in one row. A signed-in analyst sees exact counts and every policy. Never who filed.',
      responses: {
        200: {
          description: 'The statistic.',
          content: { 'application/json': { schema: DissentStatisticsSchema } },
        },
      },
    }),
    handler: async (c) => {
      const audience = c.get('viewer')?.role === 'analyst' ? 'analyst' : 'public';
      return c.json(await getDissentStatistics(app, audience), 200);
    },
  });

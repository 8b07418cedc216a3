// GET /api/v1/statistics/office/returns: returns to Mexico by month and port.
import type { AppContext } from '../../app-context.ts';
import { officeStatisticRoute } from './office-statistic-route.ts';

/** Returns to Mexico. */
export const getReturnStatisticsRoute = (app: AppContext) =>
  officeStatisticRoute(app, {
    name: 'returns',
    summary: 'Returns to Mexico',
    description: 'Returns to Mexico to await a hearing, by month and port of entry.',
  });

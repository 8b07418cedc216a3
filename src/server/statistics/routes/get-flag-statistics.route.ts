// GET /api/v1/statistics/office/flags: consistency flags raised, open and cleared.
import type { AppContext } from '../../app-context.ts';
import { officeStatisticRoute } from './office-statistic-route.ts';

/** Consistency flags. */
export const getFlagStatisticsRoute = (app: AppContext) =>
  officeStatisticRoute(app, {
    name: 'flags',
    summary: 'Consistency flags',
    description:
      'Consistency flags raised, by kind: open, and cleared by a supervisor with a recorded decision. Counted by the month raised.',
  });

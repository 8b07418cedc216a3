// GET /api/v1/statistics/office/harm: harm reported after a return to Mexico, by month and kind.
import type { AppContext } from '../../app-context.ts';
import { officeStatisticRoute } from './office-statistic-route.ts';

/** Harm reported after return. */
export const getHarmStatisticsRoute = (app: AppContext) =>
  officeStatisticRoute(app, {
    name: 'harm',
    summary: 'Harm reported after return',
    description:
      'Reports of harm suffered after a return to Mexico (kidnapping, sexual violence, assault, extortion, robbery, death, other), by the month the harm happened and its kind.',
  });

// GET /api/v1/statistics/office/screenings: screenings by kind and legal standard, with pass rates.
import type { AppContext } from '../../app-context.ts';
import { officeStatisticRoute } from './office-statistic-route.ts';

/** Screenings and pass rates. */
export const getScreeningStatisticsRoute = (app: AppContext) =>
  officeStatisticRoute(app, {
    name: 'screenings',
    summary: 'Screenings and pass rates',
    description:
      'Screenings by kind and legal standard: positive, negative, closed and pending, with the pass rate positive / (positive + negative), which leaves closures out of the denominator, and the pass rate with closures in it. Counted by the month of referral.',
  });

// GET /api/v1/statistics/office/reviews: supervisory reviews, concurred and returned for rework.
import type { AppContext } from '../../app-context.ts';
import { officeStatisticRoute } from './office-statistic-route.ts';

/** Supervisory reviews. */
export const getReviewStatisticsRoute = (app: AppContext) =>
  officeStatisticRoute(app, {
    name: 'reviews',
    summary: 'Supervisory reviews',
    description:
      'Supervisory reviews of determinations by kind and legal standard: concurred and returned for rework, with the share returned. Counted for the screenings referred in the period.',
  });

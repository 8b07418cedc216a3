// GET /api/v1/statistics/office/objections: declined screenings and declined categories by month.
import type { AppContext } from '../../app-context.ts';
import { officeStatisticRoute } from './office-statistic-route.ts';

/** Objections of conscience. */
export const getObjectionStatisticsRoute = (app: AppContext) =>
  officeStatisticRoute(app, {
    name: 'objections',
    summary: 'Objections of conscience',
    description:
      'Objections of conscience by month: screenings an officer declined, and whole categories declined (which belong to no case), by kind of screening.',
  });

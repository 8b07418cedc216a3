// GET /api/v1/statistics/office/reassignments: reassignments of screenings by month.
import type { AppContext } from '../../app-context.ts';
import { officeStatisticRoute } from './office-statistic-route.ts';

/** Reassignments. */
export const getReassignmentStatisticsRoute = (app: AppContext) =>
  officeStatisticRoute(app, {
    name: 'reassignments',
    summary: 'Reassignments',
    description:
      'Reassignments of screenings by month and kind: every assignment of a screening that had been assigned before (directly to another officer, or again after an officer declined it).',
  });

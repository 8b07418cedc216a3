// The public dashboard's figures: one per chart, each from one source (the court data or our own office), with the
// filters that source can apply. What each figure counts lives where its query does (analytics/); this is the list.
import type { CourtFigureName } from '../analytics/eoir/reports/court-figures.ts';
import type { OfficeStatisticName } from '../analytics/office/statistics/office-statistics.ts';

/** Every figure of the dashboard, in the order the page shows them. */
export const DASHBOARD_FIGURE_NAMES = [
  'office-funnel',
  'court-funnel',
  'screening-pass-rates',
  'court-outcomes',
  'court-representation',
  'returns',
  'harm',
  'objections',
  'reassignments',
  'dissents',
] as const;

/** A figure's name (the last segment of its address). */
export type DashboardFigureName = (typeof DASHBOARD_FIGURE_NAMES)[number];

/** The filters of the dashboard. */
export const DASHBOARD_FILTERS = ['fiscalYear', 'nationality', 'court'] as const;

/** A filter's name. */
export type DashboardFilterName = (typeof DASHBOARD_FILTERS)[number];

/** Where a figure comes from, and how it is computed. */
export type DashboardFigureSource =
  | { kind: 'court'; figure: CourtFigureName }
  | { kind: 'office-statistic'; statistic: OfficeStatisticName }
  | { kind: 'office-funnel' }
  | { kind: 'dissents' };

/** Each figure's source. */
export const DASHBOARD_FIGURES: Readonly<Record<DashboardFigureName, DashboardFigureSource>> = {
  'office-funnel': { kind: 'office-funnel' },
  'court-funnel': { kind: 'court', figure: 'court-funnel' },
  'screening-pass-rates': { kind: 'office-statistic', statistic: 'screenings' },
  'court-outcomes': { kind: 'court', figure: 'court-outcomes' },
  'court-representation': { kind: 'court', figure: 'court-representation' },
  returns: { kind: 'office-statistic', statistic: 'returns' },
  harm: { kind: 'office-statistic', statistic: 'harm' },
  objections: { kind: 'office-statistic', statistic: 'objections' },
  reassignments: { kind: 'office-statistic', statistic: 'reassignments' },
  dissents: { kind: 'dissents' },
};

/** Why our office's figures cannot apply a filter: said beside the figure, never silently dropped. */
export const OFFICE_CANNOT_FILTER: Readonly<Record<'nationality' | 'court', string>> = {
  nationality:
    "Not applied: our office's figures are not broken down by nationality (they publish no personal attribute of the people screened).",
  court:
    "Not applied: our office's figures are the asylum office's acts, not a court's; only the court-data figures are by court.",
};

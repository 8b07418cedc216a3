// The entry points of the public dashboard: one figure by name with the filters that apply to its source, and the
// filter choices present in the data. Court figures come from the imported release (NO_COURT_DATA before any
// import); office figures from the office statistics on a model that includes every act recorded before the call.
import { AppError } from '../../domain/errors.ts';
import { fiscalYear } from '../../domain/time.ts';
import type { AppContext } from '../app-context.ts';
import {
  getCourtFigure,
  getCourtFilterChoices,
  type CourtFilters,
} from '../analytics/eoir/reports/court-figures.ts';
import type { Audience } from '../analytics/eoir/reports/figure-table.ts';
import { isSyntheticRelease, type ReportSource } from '../analytics/eoir/reports/report-source.ts';
import { getOfficeFunnel, OFFICE_FUNNEL_STAGES } from '../analytics/office/statistics/office-funnel.ts';
import { listOfficeFiscalYears } from '../analytics/office/statistics/office-fiscal-years.ts';
import { OFFICE_STATISTICS } from '../analytics/office/statistics/office-statistics.ts';
import {
  getOfficeStatistics,
  OFFICE_SOURCE_NAME,
} from '../analytics/office/statistics/office-statistics.service.ts';
import { getDissentStatistics } from '../dissent/dissent-statistics.service.ts';
import { isDemoStore } from '../settings/store-settings.repository.ts';
import {
  namedTable,
  rateJson,
  type AppliedFiltersJson,
  type DashboardFigureJson,
  type FigureSourceJson,
  type NamedCode,
} from './dashboard-figure.ts';
import { DASHBOARD_FIGURES, OFFICE_CANNOT_FILTER, type DashboardFigureName } from './dashboard-figures.ts';

/** The dashboard's filters (null: all). */
export type DashboardFilters = CourtFilters;

const courtSource = (source: ReportSource): FigureSourceJson => ({
  kind: 'court',
  name: source.name,
  release: source.release,
  isSynthetic: isSyntheticRelease(source.release),
  importedAt: source.importedAt,
  refreshedAt: null,
});

async function officeSource(app: AppContext, refreshedAt: string): Promise<FigureSourceJson> {
  const isSynthetic = await isDemoStore(app.database.db);
  return {
    kind: 'office',
    name: isSynthetic ? `${OFFICE_SOURCE_NAME} (synthetic demo office)` : OFFICE_SOURCE_NAME,
    release: null,
    isSynthetic,
    importedAt: null,
    refreshedAt,
  };
}

/** The filters as our office's figures apply them: the fiscal year only, the others said plainly. */
function officeFilters(filters: DashboardFilters): AppliedFiltersJson {
  const notApplied: AppliedFiltersJson['notApplied'][number][] = [];
  if (filters.nationality !== null)
    notApplied.push({
      filter: 'nationality',
      value: filters.nationality,
      reason: OFFICE_CANNOT_FILTER.nationality,
    });
  if (filters.court !== null)
    notApplied.push({ filter: 'court', value: filters.court, reason: OFFICE_CANNOT_FILTER.court });
  return { applied: { fiscalYear: filters.fiscalYear, nationality: null, court: null }, notApplied };
}

/** One figure for an audience: exact for analysts, small cells suppressed for everyone else. */
export async function getDashboardFigure(
  app: AppContext,
  figure: DashboardFigureName,
  filters: DashboardFilters,
  audience: Audience,
): Promise<DashboardFigureJson> {
  const spec = DASHBOARD_FIGURES[figure];
  switch (spec.kind) {
    case 'court': {
      const result = await getCourtFigure(app.dataDir, spec.figure, filters, audience);
      const named = (code: string | null, names: ReadonlyMap<string, string>): NamedCode | null =>
        code === null ? null : { code, name: names.get(code) ?? null };
      return {
        figure,
        title: result.title,
        audience,
        source: courtSource(result.source),
        filters: {
          applied: {
            fiscalYear: filters.fiscalYear,
            nationality: named(filters.nationality, result.names.nationality),
            court: named(filters.court, result.names.court),
          },
          notApplied: [],
        },
        ...namedTable(result.table, (code) => result.labels[code]),
        rates: result.rates.map((rate) => rateJson(rate.column, rate.numerator, rate.denominator)),
        definitions: [...result.definitions],
      };
    }
    case 'office-statistic': {
      const statistic = OFFICE_STATISTICS[spec.statistic];
      const result = await getOfficeStatistics(
        app,
        spec.statistic,
        { office: null, fiscalYear: filters.fiscalYear },
        audience,
      );
      return {
        figure,
        title: result.title,
        audience,
        source: await officeSource(app, result.source.refreshedAt),
        filters: officeFilters(filters),
        ...namedTable(result.table),
        rates: (statistic.rates ?? []).map((rate) =>
          rateJson(rate.label, rate.part.join(' + '), rate.base.join(' + ')),
        ),
        definitions: [...result.definitions],
      };
    }
    case 'office-funnel': {
      const result = await getOfficeFunnel(app, { fiscalYear: filters.fiscalYear }, audience);
      const stages: Readonly<Record<string, string>> = OFFICE_FUNNEL_STAGES;
      return {
        figure,
        title:
          'MPP in our office: encounters, enrolments, fear claims, positive screenings and disenrolments',
        audience,
        source: await officeSource(app, result.source.refreshedAt),
        filters: officeFilters(filters),
        ...namedTable(result.table, (code) => stages[code]),
        rates: [
          rateJson('% of the stage above', 'each stage', 'the stage above it'),
          rateJson('% of the first stage', 'each stage', 'encounters on the MPP track'),
        ],
        definitions: [...result.definitions],
      };
    }
    case 'dissents':
      return dissentFigure(app, filters, audience);
  }
}

/** Dissents filed, answered and overdue by month: the month totals of the published dissent statistic. */
async function dissentFigure(
  app: AppContext,
  filters: DashboardFilters,
  audience: Audience,
): Promise<DashboardFigureJson> {
  const statistic = await getDissentStatistics(app, audience);
  const measures = [
    { code: 'filed', name: 'Filed', table: statistic.filed },
    { code: 'answered', name: 'Answered', table: statistic.answered },
    { code: 'overdue', name: 'Not answered in time', table: statistic.overdue },
  ];
  // A fiscal year keeps its months; no total over them is added, so the suppression of the whole table holds.
  const inYear = (month: string) => filters.fiscalYear === null || fiscalYear(month) === filters.fiscalYear;
  return {
    figure: 'dissents',
    title: 'Policy dissents by month: filed, answered, and not answered in time',
    audience,
    source: await officeSource(app, statistic.asOf),
    filters: officeFilters(filters),
    rowHeader: 'month',
    columns: measures.map((m) => ({ code: m.code, name: m.name, kind: 'count' as const, isTotal: false })),
    rows: statistic.months
      .map((month, index) => ({ month, index }))
      .filter(({ month }) => inYear(month))
      .map(({ month, index }) => ({
        code: month,
        name: month,
        isTotal: false,
        values: measures.map((m) => m.table.totals[index] ?? null),
      })),
    rates: [],
    definitions: [
      'Policy dissents: dissents filed by staff against a policy, by the month filed; answered, by the month answered; not answered in time (within 60 days: still open past it, or answered late), by the month the answer fell due. Policies and filers are not shown.',
      'Fiscal year: October 1 to September 30, named by the year in which it ends; each month counts in its fiscal year.',
      audience === 'public'
        ? 'Small cells: counts from 1 to 9 are shown as <10, and x marks a figure withheld so that no small count can be worked out from the totals.'
        : 'Audience: analyst; exact counts, small cells included. Do not republish them without suppression.',
    ],
  };
}

/** The filter choices present in the data, with names; the court's lists are empty before any import. */
export interface DashboardFilterChoices {
  fiscalYears: { court: number[]; office: number[] };
  nationalities: NamedCode[];
  courts: NamedCode[];
  courtData: FigureSourceJson | null;
}

/** Lists the fiscal years of both sources and the nationalities and courts of the court data. */
export async function getDashboardFilterChoices(app: AppContext): Promise<DashboardFilterChoices> {
  const office = await listOfficeFiscalYears(app);
  const court = await getCourtFilterChoices(app.dataDir).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NO_COURT_DATA') return null;
    throw error;
  });
  return {
    fiscalYears: { court: [...(court?.fiscalYears ?? [])], office },
    nationalities: [...(court?.nationalities ?? [])],
    courts: [...(court?.courts ?? [])],
    courtData: court ? courtSource(court.source) : null,
  };
}

// The public dashboard's court-data figures: each one grouped query over eoir_model.cases, filtered by fiscal year,
// nationality and court, shaped for an audience (small cells suppressed for the public), with the names of the
// codes from the release's lookups and the denominators of its rates stated.
import type { DuckDBConnection } from '@duckdb/node-api';
import { CASE_OUTCOMES, type CaseOutcome } from '../../../../domain/court/case-outcome.ts';
import { countFiguresWithRates } from '../../office/statistics/rate-figures.ts';
import { queryRows } from '../../duckdb.ts';
import { withAnalyticsConnection } from './analytics-database.ts';
import { queryCountRows } from './count-query.ts';
import { buildCountTable } from './count-table.ts';
import { definitionTexts, type DefinitionKey } from './definitions.ts';
import { shareFigures, type Audience, type FigureTable } from './figure-table.ts';
import { FUNNEL_COLUMNS, funnelFigures } from './funnel-figures.ts';
import { readCodeNames, type CodeNames } from './lookup-names.ts';
import { yesNo } from './named/share-report.ts';
import { readReportSource, type ReportSource } from './report-source.ts';
import { requireModel } from './report.service.ts';

/** The court figures of the dashboard, by name. */
export const COURT_FIGURE_NAMES = ['court-funnel', 'court-outcomes', 'court-representation'] as const;

/** A court figure's name. */
export type CourtFigureName = (typeof COURT_FIGURE_NAMES)[number];

/** The filters a court figure applies (null: all). Nationality and court are the release's codes (HO, ELP). */
export interface CourtFilters {
  readonly fiscalYear: number | null;
  readonly nationality: string | null;
  readonly court: string | null;
}

/** A rate column and what it divides: "relief granted / completed". */
export interface RateStatement {
  readonly column: string;
  readonly numerator: string;
  readonly denominator: string;
}

/** A court figure with its names, rates, source and definitions. */
export interface CourtFigureResult {
  readonly name: CourtFigureName;
  readonly title: string;
  readonly audience: Audience;
  readonly table: FigureTable;
  /** Names of the row and column codes of this figure (outcomes, stages, MPP or not). */
  readonly labels: Readonly<Record<string, string>>;
  readonly rates: readonly RateStatement[];
  readonly definitions: readonly string[];
  readonly source: ReportSource;
  readonly names: CodeNames;
}

/** The names of the outcome categories (docs/domain.md). */
export const OUTCOME_NAMES: Readonly<Record<CaseOutcome, string>> = {
  pending: 'Pending',
  removal: 'Removal ordered (in person)',
  removal_in_absentia: 'Removal ordered in absentia',
  voluntary_departure: 'Voluntary departure',
  relief_granted: 'Relief granted',
  terminated: 'Terminated or dismissed',
  admin_closed: 'Administratively closed',
  other: 'Other completion',
};

const MPP_NAMES = { yes: 'MPP cases', no: 'Other cases (not MPP)' };
const COMPLETED = CASE_OUTCOMES.filter((outcome) => outcome !== 'pending');

const FILTER = `($1::INTEGER IS NULL OR fiscal_year = $1::INTEGER)
  AND ($2::VARCHAR IS NULL OR CAST(nationality AS VARCHAR) = $2::VARCHAR)
  AND ($3::VARCHAR IS NULL OR CAST(court AS VARCHAR) = $3::VARCHAR)`;

interface CourtFigureSpec {
  readonly title: string;
  readonly definitions: readonly DefinitionKey[];
  readonly labels: Readonly<Record<string, string>>;
  readonly rates: readonly RateStatement[];
  build(
    connection: DuckDBConnection,
    params: (number | string | null)[],
    audience: Audience,
  ): Promise<FigureTable>;
}

const SPECS: Readonly<Record<CourtFigureName, CourtFigureSpec>> = {
  'court-funnel': {
    title: 'MPP cases in the immigration courts: completed, and relief granted',
    definitions: ['scope', 'mpp', 'fiscal_year', 'outcome', 'relief_granted', 'valid_dates'],
    labels: { mpp_cases: 'MPP cases', completed: 'Completed', relief_granted: 'Relief granted' },
    rates: [
      { column: FUNNEL_COLUMNS.ofPrevious, numerator: 'each stage', denominator: 'the stage above it' },
      { column: FUNNEL_COLUMNS.ofFirst, numerator: 'each stage', denominator: 'MPP cases' },
    ],
    build: async (connection, params, audience) => {
      const [row] = await queryRows(
        connection,
        `SELECT count(*) FILTER (WHERE mpp) AS mpp_cases,
           count(*) FILTER (WHERE mpp AND outcome <> 'pending') AS completed,
           count(*) FILTER (WHERE mpp AND outcome = 'relief_granted') AS relief_granted
         FROM eoir_model.cases WHERE ${FILTER}`,
        params,
      );
      const stage = (code: string) => ({ code, n: Number(row?.[code] ?? 0) });
      return funnelFigures([stage('mpp_cases'), stage('completed'), stage('relief_granted')], audience);
    },
  },
  'court-outcomes': {
    title: 'Outcomes of cases, MPP against other cases, with the in-absentia share',
    definitions: ['scope', 'mpp', 'fiscal_year', 'outcome', 'in_absentia', 'relief_granted', 'valid_dates'],
    labels: { ...MPP_NAMES, ...OUTCOME_NAMES },
    rates: [
      { column: 'in absentia %', numerator: 'removal ordered in absentia', denominator: 'completed cases' },
      { column: 'relief granted %', numerator: 'relief granted', denominator: 'completed cases' },
    ],
    build: async (connection, params, audience) => {
      const rows = await queryCountRows(
        connection,
        `SELECT ${yesNo('mpp')} AS row_value, CAST(outcome AS VARCHAR) AS col_value, CAST(count(*) AS INTEGER) AS n
         FROM eoir_model.cases WHERE ${FILTER} GROUP BY ALL`,
        params,
      );
      return countFiguresWithRates(buildCountTable(rows, { fixedCols: CASE_OUTCOMES }), {
        rowHeader: 'mpp',
        audience,
        rates: [
          { label: 'in absentia %', part: ['removal_in_absentia'], base: COMPLETED },
          { label: 'relief granted %', part: ['relief_granted'], base: COMPLETED },
        ],
      });
    },
  },
  'court-representation': {
    title: 'Representation: MPP against other cases',
    definitions: ['scope', 'mpp', 'fiscal_year', 'represented', 'valid_dates'],
    labels: MPP_NAMES,
    rates: [{ column: 'represented %', numerator: 'represented cases', denominator: 'cases' }],
    build: async (connection, params, audience) => {
      const rows = await queryCountRows(
        connection,
        `SELECT ${yesNo('mpp')} AS row_value, ${yesNo('represented')} AS col_value, CAST(count(*) AS INTEGER) AS n
         FROM eoir_model.cases WHERE ${FILTER} GROUP BY ALL`,
        params,
      );
      return shareFigures(buildCountTable(rows, { fixedCols: ['no', 'yes'] }), {
        rowHeader: 'mpp',
        partCol: 'yes',
        baseLabel: 'cases',
        partLabel: 'represented',
        shareLabel: 'represented %',
        audience,
      });
    },
  },
};

/** Runs one court figure on the imported release; NO_COURT_DATA before any import. */
export async function getCourtFigure(
  dataDir: string,
  name: CourtFigureName,
  filters: CourtFilters,
  audience: Audience,
): Promise<CourtFigureResult> {
  const spec = SPECS[name];
  return withAnalyticsConnection(dataDir, async (connection) => {
    await requireModel(connection);
    const params = [filters.fiscalYear, filters.nationality, filters.court];
    const keys: DefinitionKey[] = [
      ...spec.definitions,
      ...(audience === 'public' ? ['suppression' as const] : []),
    ];
    return {
      name,
      title: spec.title,
      audience,
      table: await spec.build(connection, params, audience),
      labels: spec.labels,
      rates: spec.rates,
      definitions: definitionTexts(keys),
      source: await readReportSource(connection),
      names: await readCodeNames(connection),
    };
  });
}

/** The filter values present in the court data: fiscal years, and the nationalities and courts with their names. */
export interface CourtFilterChoices {
  readonly fiscalYears: readonly number[];
  readonly nationalities: readonly { code: string; name: string | null }[];
  readonly courts: readonly { code: string; name: string | null }[];
  readonly source: ReportSource;
}

/** Lists the filter values present in eoir_model.cases; NO_COURT_DATA before any import. */
export async function getCourtFilterChoices(dataDir: string): Promise<CourtFilterChoices> {
  return withAnalyticsConnection(dataDir, async (connection) => {
    await requireModel(connection);
    const names = await readCodeNames(connection);
    const distinct = async (column: string): Promise<string[]> =>
      (
        await queryRows(
          connection,
          `SELECT DISTINCT CAST(${column} AS VARCHAR) AS v FROM eoir_model.cases WHERE ${column} IS NOT NULL ORDER BY 1`,
        )
      ).map((row) => String(row.v));
    const named = (codes: string[], map: ReadonlyMap<string, string>) =>
      codes
        .map((code) => ({ code, name: map.get(code) ?? null }))
        .sort((a, b) => (a.name ?? a.code).localeCompare(b.name ?? b.code));
    return {
      fiscalYears: (await distinct('fiscal_year')).map(Number),
      nationalities: named(await distinct('nationality'), names.nationality),
      courts: named(await distinct('court'), names.court),
      source: await readReportSource(connection),
    };
  });
}

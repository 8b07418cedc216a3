// A dashboard figure as the API sends it: a table whose rows and columns carry their code and their name, the
// rates with their denominators stated, the source with its release and synthetic flag, the filters applied and
// those its source cannot apply, and the definitions to print beside it.
import type { FigureColumn, FigureTable } from '../analytics/eoir/reports/figure-table.ts';
import { figureJson } from '../analytics/eoir/reports/render-report.ts';
import type { Audience } from '../analytics/eoir/reports/figure-table.ts';
import type { DashboardFigureName, DashboardFilterName } from './dashboard-figures.ts';

/** A published figure: a number, "<10" for a small count, "x" for a withheld one, or null for nothing to show. */
export type FigureValue = number | '<10' | 'x' | null;

/** A coded value and its name (Honduras for HO; El Paso, TX for ELP). */
export interface NamedCode {
  code: string;
  name: string | null;
}

/** Where a figure's numbers come from. */
export interface FigureSourceJson {
  kind: 'court' | 'office';
  name: string;
  release: string | null;
  isSynthetic: boolean;
  importedAt: string | null;
  refreshedAt: string | null;
}

/** A rate column and what it divides. */
export interface RateJson {
  column: string;
  numerator: string;
  denominator: string;
  statement: string;
}

/** The filters as applied to one figure. */
export interface AppliedFiltersJson {
  applied: {
    fiscalYear: number | null;
    nationality: NamedCode | null;
    court: NamedCode | null;
  };
  notApplied: { filter: DashboardFilterName; value: string; reason: string }[];
}

/** The JSON body of a dashboard figure. */
export interface DashboardFigureJson {
  figure: DashboardFigureName;
  title: string;
  audience: Audience;
  source: FigureSourceJson;
  filters: AppliedFiltersJson;
  rowHeader: string;
  columns: { code: string | null; name: string; kind: FigureColumn['kind']; isTotal: boolean }[];
  rows: { code: string | null; name: string; isTotal: boolean; values: FigureValue[] }[];
  rates: RateJson[];
  definitions: string[];
}

/** "credible_fear / significant_possibility" → "Credible fear / significant possibility". */
export function readableLabel(label: string): string {
  const text = label.replaceAll('_', ' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A table's rows and columns with codes and names; `nameOf` names a code, else it is made readable. */
export function namedTable(
  table: FigureTable,
  nameOf: (code: string) => string | undefined = () => undefined,
): Pick<DashboardFigureJson, 'rowHeader' | 'columns' | 'rows'> {
  const name = (label: string, isTotal: boolean): string =>
    isTotal ? 'Total' : (nameOf(label) ?? readableLabel(label));
  return {
    rowHeader: table.rowHeader,
    columns: table.columns.map((column) => ({
      code: column.isTotal === true ? null : column.label,
      name: name(column.label, column.isTotal === true),
      kind: column.kind,
      isTotal: column.isTotal === true,
    })),
    rows: table.rows.map((row) => ({
      code: row.isTotal === true ? null : row.label,
      name: name(row.label, row.isTotal === true),
      isTotal: row.isTotal === true,
      values: table.columns.map((column, i) => figureJson(row.cells[i] ?? null, column)),
    })),
  };
}

/** A rate statement: "relief granted / completed cases". */
export const rateJson = (column: string, numerator: string, denominator: string): RateJson => ({
  column,
  numerator,
  denominator,
  statement: `${numerator} / ${denominator}`,
});

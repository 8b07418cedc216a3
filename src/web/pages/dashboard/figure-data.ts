// A dashboard figure's numbers as the page writes them: values as text (suppressed cells exactly as the API gives
// them), the column its chart shows, and the figure as CSV built in the browser from the same table.
import type { components } from '../../api/api-types.ts';

/** One figure, as the API answers. */
export type DashboardFigure = components['schemas']['DashboardFigure'];
/** A figure's name. */
export type FigureName = DashboardFigure['figure'];
/** A cell: a number, "<10" for a small count, "x" for a withheld one, null for nothing. */
export type FigureValue = DashboardFigure['rows'][number]['values'][number];
type Column = DashboardFigure['columns'][number];

/** A cell as text in the reader's language: "<10" and "x" as given, a percent with its sign, nothing as "–". */
export function valueText(value: FigureValue, column: Pick<Column, 'kind'>, language: string): string {
  if (value === null) return '–';
  if (typeof value !== 'number') return value;
  const text = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  return column.kind === 'percent' ? `${text} %` : text;
}

/** Whether any cell is suppressed ("<10" or "x"), so the page says why. */
export const hasSuppressedCells = (figure: DashboardFigure): boolean =>
  figure.rows.some((row) => row.values.some((value) => value === '<10' || value === 'x'));

/** The column the chart shows: a funnel's counts, else the first rate, else the total, else the first column. */
export function chartedColumnIndex(figure: DashboardFigure): number {
  const { columns } = figure;
  if (figure.figure.endsWith('funnel')) return Math.max(0, columns.findIndex((c) => c.kind === 'count'));
  const rate = columns.findIndex((c) => c.kind === 'percent');
  if (rate >= 0) return rate;
  const total = columns.findIndex((c) => c.isTotal);
  return total >= 0 ? total : 0;
}

/** One bar of the chart: the row's name, its number (null when suppressed or empty) and its label as written. */
export interface ChartBar {
  name: string;
  value: number | null;
  label: string;
}

/** The chart's bars: every row but the total, the charted column's value each. */
export function chartBars(figure: DashboardFigure, language: string): ChartBar[] {
  const index = chartedColumnIndex(figure);
  const column = figure.columns[index];
  if (column === undefined) return [];
  return figure.rows
    .filter((row) => !row.isTotal)
    .map((row) => {
      const value = row.values[index] ?? null;
      return { name: row.name, value: typeof value === 'number' ? value : null, label: valueText(value, column, language) };
    });
}

const csvField = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** The figure's table as CSV (RFC 4180): the row's code and name, then every column by name; cells as the API gives
 * them ("<10" and "x" kept, nothing left empty). */
export function figureCsv(figure: DashboardFigure): string {
  const header = [`${figure.rowHeader} code`, figure.rowHeader, ...figure.columns.map((c) => c.name)];
  const rows = figure.rows.map((row) => [
    row.code ?? '',
    row.name,
    ...row.values.map((value) => (value === null ? '' : String(value))),
  ]);
  return [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The CSV's file name: the figure and the filters that applied to it. */
export function csvFileName(figure: DashboardFigure): string {
  const { fiscalYear, nationality, court } = figure.filters.applied;
  const parts = [
    figure.figure,
    fiscalYear === null ? null : `fy${fiscalYear}`,
    nationality?.code.toLowerCase() ?? null,
    court?.code.toLowerCase() ?? null,
  ];
  return `${parts.filter((p) => p !== null).join('-')}.csv`;
}

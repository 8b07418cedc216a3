// Renders a report as a text table (figures, then source and definitions as a footer), CSV (exactly a header
// row and one line per row value: no totals, no footer) or JSON (figures plus source, release and definitions).
import type { FigureCell, FigureColumn, FigureTable } from './figure-table.ts';
import type { ReportFormat, ReportResult } from './report-result.ts';

/** A cell as text: numbers, `<10` for a small count, `x` for any other withheld figure, `''` for nothing. */
export function cellText(cell: FigureCell, column: FigureColumn): string {
  if (cell === null) return '';
  if ('withheld' in cell) return cell.withheld === 'small' && column.kind === 'count' ? '<10' : 'x';
  return column.kind === 'percent' ? cell.value.toFixed(1) : String(Math.round(cell.value));
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV: the row header and the non-total column labels, then one line per non-total row. */
export function renderCsv(table: FigureTable): string {
  const keep = table.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => !column.isTotal);
  const lines = [[table.rowHeader, ...keep.map(({ column }) => column.label)]];
  for (const row of table.rows.filter((r) => !r.isTotal)) {
    lines.push([row.label, ...keep.map(({ column, index }) => cellText(row.cells[index] ?? null, column))]);
  }
  return `${lines.map((line) => line.map(csvField).join(',')).join('\n')}\n`;
}

function footer(result: ReportResult): string[] {
  const release = result.source.release ?? 'release label not recorded';
  const imported = result.source.importedAt ? `, imported ${result.source.importedAt}` : '';
  const audience =
    result.audience === 'public' ? 'public (small cells suppressed)' : 'analyst (exact counts)';
  return [
    `Source: ${result.source.name}, ${release}${imported}.`,
    `Audience: ${audience}.`,
    'Definitions:',
    ...result.definitions.map((text) => `  - ${text}`),
  ];
}

/** A fixed-width text table with the title above and the source and definitions below. */
export function renderTextTable(result: ReportResult): string {
  const { table } = result;
  const header = [table.rowHeader, ...table.columns.map((column) => column.label)];
  const body = table.rows.map((row) => [
    row.label,
    ...table.columns.map((column, i) => cellText(row.cells[i] ?? null, column) || '-'),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((line) => (line[i] ?? '').length)));
  const format = (line: string[]): string =>
    line
      .map((text, i) => (i === 0 ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const totalsAt = table.rows.findIndex((row) => row.isTotal);
  const lines = body.map(format);
  if (totalsAt > 0) lines.splice(totalsAt, 0, rule);
  return [result.title, '', format(header), rule, ...lines, '', ...footer(result)].join('\n') + '\n';
}

/** A figure as JSON: its number, "<10" or "x" when withheld, or null when there is nothing to show. */
export function figureJson(cell: FigureCell, column: FigureColumn): number | '<10' | 'x' | null {
  if (cell === null) return null;
  if ('value' in cell) return cell.value;
  return cellText(cell, column) === '<10' ? '<10' : 'x';
}

/** A table of figures as JSON: its row header, columns, and rows of values. */
export function figureTableJson(table: FigureTable): {
  rowHeader: string;
  columns: { label: string; kind: FigureColumn['kind']; isTotal: boolean }[];
  rows: { label: string; isTotal: boolean; values: (number | '<10' | 'x' | null)[] }[];
} {
  return {
    rowHeader: table.rowHeader,
    columns: table.columns.map((column) => ({
      label: column.label,
      kind: column.kind,
      isTotal: column.isTotal === true,
    })),
    rows: table.rows.map((row) => ({
      label: row.label,
      isTotal: row.isTotal === true,
      values: table.columns.map((column, i) => figureJson(row.cells[i] ?? null, column)),
    })),
  };
}

/** The JSON document: figures as rows of values (numbers, "<10", "x" or null) plus source, release and definitions. */
export function toReportJson(result: ReportResult): Record<string, unknown> {
  return {
    report: result.report,
    title: result.title,
    audience: result.audience,
    parameters: result.parameters,
    ...figureTableJson(result.table),
    source: result.source.name,
    release: result.source.release,
    importedAt: result.source.importedAt,
    definitions: result.definitions,
  };
}

/** Renders a report in the given format. */
export function renderReport(result: ReportResult, format: ReportFormat): string {
  switch (format) {
    case 'csv':
      return renderCsv(result.table);
    case 'json':
      return `${JSON.stringify(toReportJson(result), null, 2)}\n`;
    case 'table':
      return renderTextTable(result);
  }
}

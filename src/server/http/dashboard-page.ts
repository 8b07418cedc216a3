// The public statistics page: the named court-data reports as HTML tables, each with its source, release and
// counting definitions beside the figures, small cells suppressed. The full web app replaces it in the next issue.
import { AppError } from '../../domain/errors.ts';
import { cellText } from '../analytics/eoir/reports/render-report.ts';
import type { ReportResult } from '../analytics/eoir/reports/report-result.ts';
import { DEMO_BANNER_HTML } from './demo-marking.ts';

const escape = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** One report as an HTML figure: caption, table, then source and definitions. */
export function reportFigureHtml(result: ReportResult): string {
  const { table } = result;
  const head = `<tr><th scope="col">${escape(table.rowHeader)}</th>${table.columns.map((c) => `<th scope="col">${escape(c.label)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map(
      (row) =>
        `<tr${row.isTotal ? ' class="total"' : ''}><th scope="row">${escape(row.label)}</th>${table.columns.map((column, i) => `<td>${escape(cellText(row.cells[i] ?? null, column) || '–')}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const release = result.source.release ?? 'release label not recorded';
  return `<figure><figcaption>${escape(result.title)}</figcaption>
<table><thead>${head}</thead><tbody>${body}</tbody></table>
<p class="source">Source: ${escape(result.source.name)}, ${escape(release)}${result.source.importedAt ? `, imported ${escape(result.source.importedAt)}` : ''}. Counts of 1–9 are shown as &lt;10, and others withheld (x) where a total would reveal them.</p>
<details><summary>How these figures are counted</summary><ul>${result.definitions.map((d) => `<li>${escape(d)}</li>`).join('')}</ul></details></figure>`;
}

/** The whole page: each report, or the plain message of why one could not be produced (it names no path). */
export function dashboardPage(
  reports: ReadonlyArray<ReportResult | AppError>,
  options: { isDemo: boolean },
): string {
  // The court figures come from whatever release was imported; the banner is about the store this server serves.
  const banner = options.isDemo ? DEMO_BANNER_HTML : '';
  const figures = reports
    .map((r) => (r instanceof AppError ? `<p class="notice">${escape(r.message)}</p>` : reportFigureHtml(r)))
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Refuge — court-data statistics</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
th[scope=row],thead th:first-child{text-align:left}tr.total{font-weight:600}figure{margin:2rem 0}
figcaption{font-weight:600;font-size:1.05rem}.source{color:#444;font-size:.9rem}.banner{background:#fff3cd;border:1px solid #c9a227;padding:.75rem 1rem}</style></head>
<body>${banner}<h1>Court-data statistics</h1>
<p>Cross-tabulations of the immigration courts' public case data under published counting rules. JSON for each:
<code>/api/v1/analytics/reports/&lt;name&gt;</code> and <code>/api/v1/analytics/crosstab?rows=…&amp;cols=…</code>.</p>
${figures}
</body></html>`;
}

// What an import reports: per table, rows read = imported + rejected (repaired rows are imported), checked against
// Count.txt; plus warnings (missing tables, renames, files ignored) and errors (counts that do not reconcile).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { RawSchema } from './raw-table-loader.ts';

/** One table's reconciliation. `file` is null for a core table the release lacked (created empty). */
export interface TableSummary {
  readonly table: string;
  readonly file: string | null;
  readonly schema: RawSchema;
  readonly rowsRead: number;
  readonly imported: number;
  readonly repaired: number;
  readonly rejected: number;
  readonly expected: number | null;
}

/** The result of an import, as returned to the CLI and the API and stored in eoir_meta. */
export interface ImportSummary {
  readonly source: string;
  readonly label: string;
  readonly databasePath: string;
  readonly importedAt: Date;
  readonly tables: readonly TableSummary[];
  readonly lookupSource: 'release' | 'reference';
  readonly warnings: readonly string[];
  /** Counts that do not reconcile with Count.txt; the data is imported all the same. */
  readonly errors: readonly string[];
  readonly bytesRead: number;
  readonly seconds: number;
}

/** Writes the summary's tables to eoir_meta.import_summary and the release row to eoir_meta.release. */
export async function storeImportSummary(
  connection: DuckDBConnection,
  summary: ImportSummary,
): Promise<void> {
  const appender = await connection.createAppender('import_summary', 'eoir_meta');
  for (const table of summary.tables) {
    appender.appendVarchar(table.table);
    if (table.file === null) appender.appendNull();
    else appender.appendVarchar(table.file);
    for (const count of [table.rowsRead, table.imported, table.repaired, table.rejected])
      appender.appendBigInt(BigInt(count));
    if (table.expected === null) appender.appendNull();
    else appender.appendBigInt(BigInt(table.expected));
    appender.endRow();
  }
  appender.closeSync();
  await connection.run('INSERT INTO eoir_meta.release VALUES ($source, $label, $at::TIMESTAMP)', {
    source: summary.source,
    label: summary.label,
    at: summary.importedAt.toISOString().replace('T', ' ').replace('Z', ''),
  });
}

/** Formats the per-table reconciliation as a fixed-width text table (lookup tables folded into one line). */
export function formatSummaryTable(summary: ImportSummary): string {
  const rows: string[][] = [['table', 'rows read', 'imported', 'repaired', 'rejected', 'Count.txt']];
  const number = (value: number): string => value.toLocaleString('en-US');
  for (const table of summary.tables.filter((entry) => entry.schema === 'eoir_raw')) {
    rows.push([
      table.file === null ? `${table.table} (missing)` : table.table,
      number(table.rowsRead),
      number(table.imported),
      number(table.repaired),
      number(table.rejected),
      table.expected === null ? '-' : number(table.expected),
    ]);
  }
  const lookups = summary.tables.filter((entry) => entry.schema === 'eoir_lookup');
  if (lookups.length > 0) {
    const sum = (pick: (entry: TableSummary) => number): string =>
      number(lookups.reduce((total, entry) => total + pick(entry), 0));
    rows.push([
      `${lookups.length} lookup tables`,
      sum((entry) => entry.rowsRead),
      sum((entry) => entry.imported),
      sum((entry) => entry.repaired),
      sum((entry) => entry.rejected),
      lookups.some((entry) => entry.expected !== null) ? sum((entry) => entry.expected ?? 0) : '-',
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const render = (row: string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [render(rows[0]!), rule, ...rows.slice(1).map(render)].join('\n');
}

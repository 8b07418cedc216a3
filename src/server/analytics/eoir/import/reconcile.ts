// Checks what was read against Count.txt. A mismatch does not stop the import (the rows are all accounted for in
// the tables and eoir_meta.rejects); it becomes an error line the CLI prints and the API returns.
import { countKey, type ExpectedCounts } from './count-file.ts';
import type { TableSummary } from './import-summary.ts';

/** The tables with their expected counts filled in, the mismatches, and notes about Count.txt itself. */
export interface Reconciliation {
  readonly tables: TableSummary[];
  readonly errors: string[];
  readonly warnings: string[];
}

/** Fills in `expected` from Count.txt (when the release has one) and lists every disagreement. */
export function reconcile(
  tables: readonly TableSummary[],
  expected: ExpectedCounts | undefined,
): Reconciliation {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!expected) {
    return {
      tables: [...tables],
      errors,
      warnings: ['the release has no Count.txt: row counts were not checked against it'],
    };
  }
  const matched = new Set<string>();
  const filled = tables.map((table) => {
    const key = countKey(table.file ?? table.table);
    const count = expected.counts.get(key)?.count;
    if (count === undefined) return table;
    matched.add(key);
    const name = table.file ?? `${table.table}.csv`;
    if (count !== table.rowsRead) {
      const shown =
        table.file === null ? 'is missing from the release' : `has ${table.rowsRead.toLocaleString('en-US')}`;
      errors.push(`Count.txt says ${name} has ${count.toLocaleString('en-US')} rows; the file ${shown}`);
    }
    return { ...table, expected: count };
  });
  for (const [key, { name, count }] of expected.counts) {
    if (!matched.has(key))
      errors.push(
        `Count.txt lists ${name} (${count.toLocaleString('en-US')} rows), which the release does not have`,
      );
  }
  for (const line of expected.unreadable)
    warnings.push(`Count.txt: ignored a line that is not "<file> <count>": ${JSON.stringify(line)}`);
  return { tables: filled, errors, warnings };
}

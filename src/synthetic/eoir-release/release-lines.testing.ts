// Test support: reads a generated release's files back as raw lines (bytes decoded as latin1, so every byte
// maps to one character and nothing is lost), for the tests beside this file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_DATA_DIR } from './generate-release.ts';
import type { CoreTable } from './priors.ts';

/** A core file's raw bytes and its lines (line ends removed), header first. */
export interface RawTable {
  readonly bytes: Buffer;
  readonly lines: string[];
}

/** Reads `<folder>/EOIR Case Data/<table>.csv`. */
export function readRawTable(folder: string, table: CoreTable): RawTable {
  const bytes = readFileSync(join(folder, CASE_DATA_DIR, `${table}.csv`));
  const text = bytes.toString('latin1');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return { bytes, lines: lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)) };
}

/** The data rows of a table as field arrays keyed by header name (only for rows with the header's field count). */
export function wellFormedRows(table: RawTable): Record<string, string>[] {
  const [header = '', ...rows] = table.lines;
  const names = header.split('\t');
  return rows
    .map((line) => line.split('\t'))
    .filter((fields) => fields.length === names.length)
    .map((fields) => Object.fromEntries(names.map((name, i) => [name, fields[i] ?? ''])));
}

/** The values of one column over the rows that have the header's field count. */
export function columnValues(table: RawTable, name: string): string[] {
  const [header = '', ...rows] = table.lines;
  const names = header.split('\t');
  const at = names.indexOf(name);
  if (at < 0) throw new Error(`no column ${name}`);
  const values: string[] = [];
  for (const line of rows) {
    const fields = line.split('\t');
    if (fields.length === names.length) values.push(fields[at] ?? '');
  }
  return values;
}

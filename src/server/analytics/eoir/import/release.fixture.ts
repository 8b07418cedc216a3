// Test support: hand-made releases. Tables get the schema's full header unless a test gives its own; a row is a
// record (column -> value) or a raw line, and every line is written as Latin-1 bytes so tests can place NUL bytes,
// cp1252 bytes and stray tabs exactly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEoirSchema } from './eoir-schema.ts';

/** A table file to write: rows as records (by column name) or raw lines (without the line end). */
export interface FixtureTable {
  readonly header?: readonly string[];
  readonly rows: readonly (Readonly<Record<string, string>> | string)[];
  readonly lineEnd?: '\r\n' | '\n';
}

/** A release to write: tables by file base name, optional lookups (raw text) and Count.txt text. */
export interface FixtureRelease {
  readonly tables: Readonly<Record<string, FixtureTable>>;
  readonly lookups?: Readonly<Record<string, string>>;
  readonly count?: string;
}

/** The schema's header of a table, in order. */
export function schemaHeader(table: string): string[] {
  const found = loadEoirSchema().findTable(table);
  if (!found) throw new Error(`fixture: the schema has no table ${table}`);
  return found.columns.map((column) => column.name);
}

/** The bytes of one table file. */
export function tableBytes(table: string, spec: FixtureTable): Buffer {
  const header = spec.header ?? schemaHeader(table);
  const lineEnd = spec.lineEnd ?? '\r\n';
  const lines = [
    header.join('\t'),
    ...spec.rows.map((row) => (typeof row === 'string' ? row : recordLine(header, row))),
  ];
  return Buffer.from(lines.map((line) => line + lineEnd).join(''), 'latin1');
}

/** Writes the release under `folder` and returns `folder`. */
export function writeReleaseFolder(folder: string, release: FixtureRelease): string {
  mkdirSync(join(folder, 'EOIR Case Data'), { recursive: true });
  for (const [table, spec] of Object.entries(release.tables)) {
    writeFileSync(join(folder, 'EOIR Case Data', `${table}.csv`), tableBytes(table, spec));
  }
  if (release.lookups) {
    mkdirSync(join(folder, 'Lookup'), { recursive: true });
    for (const [name, text] of Object.entries(release.lookups))
      writeFileSync(join(folder, 'Lookup', `${name}.csv`), Buffer.from(text, 'latin1'));
  }
  if (release.count !== undefined) writeFileSync(join(folder, 'Count.txt'), release.count);
  return folder;
}

/** One data line of `table` (schema header), dropping the last `dropLast` fields to make a short row. */
export function rowLine(table: string, row: Readonly<Record<string, string>>, dropLast = 0): string {
  const fields = recordLine(schemaHeader(table), row).split('\t');
  return fields.slice(0, fields.length - dropLast).join('\t');
}

function recordLine(header: readonly string[], row: Readonly<Record<string, string>>): string {
  const unknown = Object.keys(row).filter((column) => !header.includes(column));
  if (unknown.length > 0) throw new Error(`fixture: no column ${unknown.join(', ')} in the header`);
  return header.map((column) => row[column] ?? '').join('\t');
}

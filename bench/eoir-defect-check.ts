// What each load did to the defects the generator injected: for every defect line, the true row (cp1252-decoded,
// NUL bytes removed, a stray tab joined back into the column the generator names, a short row padded) is looked up
// by its first column in the loaded table. A row-level defect (stray tab, short row) is intact when every column
// matches the true row, a value-level one when its own column does (trimmed, a tab read as a space, empty = NULL);
// otherwise it is garbled, or dropped with its row, or quarantined (in our rejects table with its line number).
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { DefectKind, InjectedDefect } from '../src/synthetic/eoir-release/index.ts';

/** The true row at one defect line, and the defects injected there. */
export interface DefectRow {
  readonly table: string;
  readonly line: number;
  readonly values: readonly string[];
  readonly defects: readonly InjectedDefect[];
}

/** The defect lines of a release, with each table's header. */
export interface DefectRows {
  readonly headers: Record<string, readonly string[]>;
  readonly rows: readonly DefectRow[];
}

/** Fetches the loaded rows (values in `columns` order) whose first column is one of `ids`. */
export type RowFetcher = (
  table: string,
  columns: readonly string[],
  ids: readonly string[],
) => Promise<Map<string, (string | null)[]>>;

/** Per defect kind: how many were injected, and what the load made of them. */
export type DefectTally = Partial<
  Record<
    DefectKind,
    { injected: number; intact: number; garbled: number; dropped: number; quarantined: number }
  >
>;

const ROW_LEVEL: ReadonlySet<DefectKind> = new Set(['extra_field', 'extra_field_ambiguous', 'short_row']);

// Large enough that a table without an index is scanned once or twice, not once per small batch.
const FETCH_BATCH = 50_000;
// Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x92 stays U+0092), so the cp1252 row is spelled out.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
const decodeCp1252 = (bytes: Buffer): string =>
  bytes
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (char) => String.fromCharCode(CP1252_HIGH[char.charCodeAt(0) - 0x80]!));

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
const normalize = (value: string | null | undefined): string => (value ?? '').replaceAll('\t', ' ').trim();

async function readLines(path: string, wanted: ReadonlySet<number>): Promise<Map<number, Buffer>> {
  const found = new Map<number, Buffer>();
  let line = 1;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      if (wanted.has(line)) found.set(line, Buffer.concat([carry, chunk.subarray(start, end)]));
      carry = Buffer.alloc(0);
      start = end + 1;
      line++;
    }
    carry = Buffer.concat([carry, chunk.subarray(start)]);
  }
  if (carry.length > 0 && wanted.has(line)) found.set(line, carry);
  return found;
}

function trueValues(bytes: Buffer, header: readonly string[], defects: readonly InjectedDefect[]): string[] {
  const fields = decodeCp1252(bytes).replaceAll('\0', '').replace(/\r$/, '').split('\t');
  for (const defect of defects) {
    if (
      (defect.kind !== 'extra_field' && defect.kind !== 'extra_field_ambiguous') ||
      fields.length <= header.length
    )
      continue;
    const at = header.indexOf(defect.detail ?? defect.column);
    if (at >= 0) fields.splice(at, 2, `${fields[at]}\t${fields[at + 1]}`);
  }
  while (fields.length < header.length) fields.push('');
  return fields.map(normalize);
}

/** Reads the true rows at every listed defect line of the release's core files. */
export async function readDefectRows(
  caseDataDir: string,
  defects: readonly InjectedDefect[],
): Promise<DefectRows> {
  const byTable = groupBy(defects, (defect) => defect.table);
  const headers: Record<string, string[]> = {};
  const rows: DefectRow[] = [];
  for (const [table, tableDefects] of byTable) {
    const byLine = groupBy(tableDefects, (defect) => defect.line);
    const lines = await readLines(join(caseDataDir, `${table}.csv`), new Set([1, ...byLine.keys()]));
    const header = lines.get(1)!.toString('latin1').replace(/\r$/, '').split('\t');
    headers[table] = header;
    for (const [line, lineDefects] of byLine) {
      const bytes = lines.get(line);
      if (!bytes) throw new Error(`${table}.csv has no line ${line}`);
      rows.push({ table, line, values: trueValues(bytes, header, lineDefects), defects: lineDefects });
    }
  }
  return { headers, rows };
}

/** Compares the loaded rows with the true ones; `quarantined` lists the lines a load set aside on purpose. */
export async function checkDefects(
  expected: DefectRows,
  fetch: RowFetcher,
  quarantined: (table: string) => Promise<ReadonlySet<number>> = () => Promise.resolve(new Set()),
): Promise<DefectTally> {
  const tally = {} as DefectTally;
  const count = (kind: DefectKind, outcome: 'intact' | 'garbled' | 'dropped' | 'quarantined'): void => {
    const entry = (tally[kind] ??= { injected: 0, intact: 0, garbled: 0, dropped: 0, quarantined: 0 });
    entry.injected++;
    entry[outcome]++;
  };
  for (const [table, rows] of groupBy(expected.rows, (row) => row.table)) {
    const header = expected.headers[table]!;
    const setAside = await quarantined(table);
    const loaded = new Map<string, (string | null)[]>();
    for (let i = 0; i < rows.length; i += FETCH_BATCH) {
      const ids = rows.slice(i, i + FETCH_BATCH).map((row) => row.values[0]!);
      for (const [id, values] of await fetch(table, header, ids)) loaded.set(normalize(id), values);
    }
    for (const row of rows) {
      const got = loaded.get(row.values[0]!);
      for (const defect of row.defects) {
        const at = ROW_LEVEL.has(defect.kind) ? -1 : header.indexOf(defect.column);
        const matches = (i: number): boolean => normalize(got?.[i]) === row.values[i];
        if (setAside.has(row.line)) count(defect.kind, 'quarantined');
        else if (!got) count(defect.kind, 'dropped');
        else
          count(
            defect.kind,
            (at >= 0 ? matches(at) : row.values.every((_, i) => matches(i))) ? 'intact' : 'garbled',
          );
      }
    }
  }
  return tally;
}

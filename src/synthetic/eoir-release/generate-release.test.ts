import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseTruth } from './case-truth.ts';
import { generateEoirRelease, type GenerateSummary } from './generate-release.ts';
import { CORE_TABLES } from './priors.ts';
import { readRawTable, wellFormedRows, type RawTable } from './release-lines.testing.ts';

const REAL_SCHEMA = new URL(
  '../../server/analytics/eoir/reference/schema/eoir_variable_types_from_EOIRDB_Schema.csv',
  import.meta.url,
);
const LF_ONLY = ['A_TblCaseIdentifier', 'tbl_Court_Appln'];

let dir: string;
let summary: GenerateSummary;
const truths: CaseTruth[] = [];
const raw = {} as Record<(typeof CORE_TABLES)[number], RawTable>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eoir-gen-'));
  summary = await generateEoirRelease({
    folder: join(dir, 'release'),
    cases: 3000,
    seed: 11,
    quirks: {
      extraField: 0.01,
      extraFieldAmbiguous: 0.003,
      nulByte: 0.005,
      shortRow: 0.002,
      sentinelDate: 0.01,
      latin1City: 0.02,
    },
    maxListedDefects: 1_000_000,
    onCaseTruth: (truth) => truths.push(truth),
  });
  for (const table of CORE_TABLES) raw[table] = readRawTable(summary.folder, table);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateEoirRelease: format', () => {
  it('writes every core table with its real header, in the schema file order', () => {
    const real = readFileSync(REAL_SCHEMA, 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.trim().split(','));
    for (const table of CORE_TABLES) {
      const header = raw[table].lines[0]?.split('\t');
      expect(header).toEqual(real.filter(([, , t]) => t === table).map(([, name]) => name));
    }
  });

  it('counts in Count.txt and the summary equal the physical lines minus the header', () => {
    const count = readFileSync(join(summary.folder, 'Count.txt'), 'latin1')
      .trim()
      .split('\r\n')
      .map((line) => line.split('\t'));
    expect(count.map(([file]) => file)).toEqual(CORE_TABLES.map((table) => `${table}.csv`));
    for (const [file = '', rows = ''] of count) {
      const table = file.replace('.csv', '') as (typeof CORE_TABLES)[number];
      expect(Number(rows)).toBe(raw[table].lines.length - 1);
      expect(summary.tables[table].rows).toBe(raw[table].lines.length - 1);
    }
    expect(summary.tables.A_TblCase.rows).toBe(3000);
  });

  it('ends lines with CRLF, except the LF-only tables', () => {
    for (const table of CORE_TABLES) {
      const text = raw[table].bytes.toString('latin1');
      const lf = text.split('\n').length - 1;
      const crlf = text.split('\r\n').length - 1;
      expect(lf).toBe(raw[table].lines.length);
      expect(crlf).toBe(LF_ONLY.includes(table) ? 0 : lf);
    }
  });

  it('has the header field count on every line except the injected extra-field and short rows', () => {
    for (const table of CORE_TABLES) {
      const width = raw[table].lines[0]?.split('\t').length ?? 0;
      const odd = new Map<number, number>();
      raw[table].lines.forEach((line, i) => {
        const fields = line.split('\t').length;
        if (fields !== width) odd.set(i + 1, fields - width);
      });
      const expected = new Map<number, number>();
      for (const d of summary.defects.filter((x) => x.table === table)) {
        if (d.kind === 'extra_field' || d.kind === 'extra_field_ambiguous') expected.set(d.line, 1);
        if (d.kind === 'short_row') expected.set(d.line, (expected.get(d.line) ?? 0) - Number(d.detail));
      }
      expect(odd).toEqual(new Map([...expected].filter(([, delta]) => delta !== 0)));
    }
  });

  it('puts NUL bytes exactly on the logged lines, and high bytes only in the logged Latin-1 cities', () => {
    for (const table of CORE_TABLES) {
      const nulLines = raw[table].lines.flatMap((line, i) => (line.includes('\u0000') ? [i + 1] : []));
      const logged = summary.defects
        .filter((d) => d.table === table && d.kind === 'nul_byte')
        .map((d) => d.line);
      expect(nulLines).toEqual([...new Set(logged)]);
      const highLines = raw[table].lines.flatMap((line, i) => (/[\u0080-\u00ff]/.test(line) ? [i + 1] : []));
      const latin = summary.defects
        .filter((d) => d.table === table && (d.kind === 'latin1' || d.kind === 'cp1252'))
        .map((d) => d.line);
      expect(highLines).toEqual(latin);
    }
    expect(summary.quirks.latin1).toBeGreaterThan(0);
    expect(raw.A_TblCase.bytes.includes(Buffer.from([0xd1]))).toBe(true); // Ñ as one cp1252 byte, not UTF-8
  });

  it('injects quirks at the requested rates and logs them', () => {
    const within = (count: number, expected: number): void => {
      expect(count).toBeGreaterThan(expected * 0.5);
      expect(count).toBeLessThan(expected * 1.6);
    };
    within(summary.quirks.extra_field, 30);
    within(summary.quirks.extra_field_ambiguous, 9);
    within(summary.quirks.nul_byte, 0.005 * (3000 + summary.tables.tbl_schedule.rows));
    const longRows =
      summary.tables.A_TblCase.rows +
      summary.tables.B_TblProceeding.rows +
      summary.tables.tbl_schedule.rows +
      summary.tables.tbl_RepsAssigned.rows;
    within(summary.quirks.short_row, 0.002 * longRows);
    expect(summary.quirks.padded_code).toBeGreaterThan(50);
    expect(summary.quirks.na_code).toBeGreaterThan(0);
    expect(summary.defects.length).toBe(Object.values(summary.quirks).reduce((a, b) => a + b, 0));
  });

  it('keeps NA and N/A as real codes and pads some codes with a trailing space', () => {
    const identifiers = raw.A_TblCaseIdentifier.lines.map((line) => line.split('\t')[2]);
    expect(identifiers).toContain('NA');
    expect(identifiers).toContain('MP');
    expect(raw.A_TblCase.lines.some((line) => line.split('\t').at(-1) === 'N/A')).toBe(true);
    expect(raw.B_TblProceeding.lines.some((line) => line.includes('\tRMV \t'))).toBe(true);
    expect(raw.tbl_schedule.lines.some((line) => line.includes('\tSP \t'))).toBe(true);
  });

  it('writes dates, times and birth months in the release forms', () => {
    const [header = '', ...rows] = raw.B_TblProceeding.lines;
    const at = header.split('\t').indexOf('COMP_DATE');
    const time = header.split('\t').indexOf('HEARING_TIME');
    const dates = rows.map((line) => line.split('\t')[at] ?? '').filter(Boolean);
    expect(dates.every((d) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/.test(d))).toBe(true);
    expect(dates).toContain('1900-01-01 00:00:00.000');
    expect(
      rows
        .map((line) => line.split('\t')[time] ?? '')
        .filter(Boolean)
        .every((t) => /^\d{4}$/.test(t)),
    ).toBe(true);
    const births = wellFormedRows(raw.A_TblCase)
      .map((row) => row.C_BIRTHDATE ?? '')
      .filter(Boolean);
    expect(births.length).toBeGreaterThan(1000);
    expect(births.every((b) => /^\d{1,2}\/\d{4}$/.test(b))).toBe(true);
  });

  it('writes lookup tables with their real headers', () => {
    const baseCity = readFileSync(join(summary.folder, 'Lookup', 'tblLookupBaseCity.csv'), 'latin1').split(
      '\r\n',
    );
    expect(baseCity[0]?.split('\t').slice(0, 3)).toEqual(['idnBaseCity', 'BASE_CITY_CODE', 'BASE_CITY_NAME']);
    expect(baseCity.some((line) => line.split('\t')[1] === 'NYC')).toBe(true);
    expect(summary.lookupFiles).toContain('tblLanguage.csv');
    expect(truths).toHaveLength(3000);
  });
});

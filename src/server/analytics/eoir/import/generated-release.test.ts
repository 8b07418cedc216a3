// A synthetic release (generate/) with its defects injected at high rates, imported from its ZIP: the
// reconciliation must match the generator's own counts and defect log exactly, line by line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb, queryRows, type DuckDbHandle } from '../../duckdb.ts';
import {
  CORE_TABLES,
  generateEoirRelease,
  type GenerateSummary,
} from '../../../../synthetic/eoir-release/index.ts';
import { importEoirRelease, type ImportSummary } from './index.ts';

const root = mkdtempSync(join(tmpdir(), 'refuge-eoir-generated-'));

describe('importing a generated release', () => {
  let generated: GenerateSummary;
  let summary: ImportSummary;
  let db: DuckDbHandle;
  const defectLines = (table: string, kinds: readonly string[]): number[] =>
    generated.defects
      .filter((defect) => defect.table === table && kinds.includes(defect.kind))
      .map((defect) => defect.line)
      .sort((a, b) => a - b);

  beforeAll(async () => {
    generated = await generateEoirRelease({
      folder: join(root, 'release'),
      cases: 3000,
      seed: 7,
      zip: true,
      quirks: {
        extraField: 0.01,
        extraFieldAmbiguous: 0.004,
        shortRow: 0.004,
        nulByte: 0.01,
        latin1City: 0.02,
      },
    });
    expect(generated.defectsTruncated).toBe(false);
    summary = await importEoirRelease({ source: generated.zipPath!, dataDir: join(root, 'data') });
    db = await openDuckDb(summary.databasePath, { readOnly: true });
  });
  afterAll(() => db?.close());

  it('reads exactly the rows the generator wrote, and Count.txt agrees', () => {
    expect(summary.errors).toEqual([]);
    for (const table of CORE_TABLES) {
      const entry = summary.tables.find((candidate) => candidate.table === table);
      expect(entry, table).toMatchObject({
        rowsRead: generated.tables[table].rows,
        expected: generated.tables[table].rows,
      });
      expect(entry!.imported + entry!.rejected, table).toBe(entry!.rowsRead);
    }
    expect(summary.lookupSource).toBe('release');
  });

  it('repairs every unambiguous stray tab and short row, and rejects exactly the ambiguous ones', async () => {
    expect(generated.quirks.extra_field).toBeGreaterThan(0);
    expect(generated.quirks.extra_field_ambiguous).toBeGreaterThan(0);
    expect(generated.quirks.short_row).toBeGreaterThan(0);
    for (const table of CORE_TABLES) {
      const entry = summary.tables.find((candidate) => candidate.table === table)!;
      expect(entry.repaired, table).toBe(defectLines(table, ['extra_field', 'short_row']).length);
      const rejected = await queryRows(
        db.connection,
        `SELECT line FROM eoir_meta.rejects WHERE table_name = '${table}' ORDER BY line`,
      );
      expect(
        rejected.map((row) => Number(row.line)),
        table,
      ).toEqual(defectLines(table, ['extra_field_ambiguous']));
    }
  });

  it('puts a repaired stray tab back into the column it came from', async () => {
    const repairs = generated.defects.filter((defect) => defect.kind === 'extra_field');
    for (const defect of repairs) {
      const column = defect.detail ?? defect.column;
      const [row] = await queryRows(
        db.connection,
        `SELECT "${column}" AS value FROM eoir_raw."${defect.table}" WHERE _line = ${defect.line}`,
      );
      expect(row?.value, `${defect.table} line ${defect.line}`).toEqual(expect.stringContaining('\t'));
    }
  });

  it('leaves no NUL byte and decodes cp1252', async () => {
    const [counts] = await queryRows(
      db.connection,
      `SELECT
        count(*) FILTER (WHERE contains(ALIEN_CITY, chr(0))) AS nul,
        count(*) FILTER (WHERE contains(ALIEN_CITY, chr(146))) AS latin1_misread,
        count(*) FILTER (WHERE contains(ALIEN_CITY, '\u2019')) AS apostrophes
      FROM eoir_raw.A_TblCase`,
    );
    expect(counts).toEqual({ nul: 0n, latin1_misread: 0n, apostrophes: expect.any(BigInt) as unknown });
    expect(generated.quirks.nul_byte).toBeGreaterThan(0);
    expect(counts!.apostrophes).toBe(
      BigInt(
        generated.defects.filter((defect) => defect.kind === 'cp1252' && defect.table === 'A_TblCase').length,
      ),
    );
  });
});

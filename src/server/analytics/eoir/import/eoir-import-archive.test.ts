// Imports from ZIP archives (Deflate with ZIP64 records, Deflate64 from 7-Zip) and the atomic replacement: a
// failure midway leaves the previous analytics.duckdb byte-for-byte intact and no temporary files behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../domain/errors.ts';
import { openDuckDb, queryRows } from '../../duckdb.ts';
import { importEoirRelease } from './index.ts';
import { tableBytes } from './release.fixture.ts';
import { buildZip } from './zip/zip-writer.fixture.ts';

const root = mkdtempSync(join(tmpdir(), 'refuge-eoir-zip-'));
const caseTable = tableBytes('A_TblCase', {
  rows: [
    { IDNCASE: '1', NAT: 'MX', ALIEN_CITY: 'M\xc9RIDA', LANG: 'SP ' },
    { IDNCASE: '2', NAT: 'HO', ALIEN_CITY: 'LA\tCEIBA', LANG: 'SP ' },
  ],
});
const proceedingTable = tableBytes('B_TblProceeding', {
  rows: [{ IDNPROCEEDING: '10', IDNCASE: '1', CASE_TYPE: 'RMV', HEARING_LOC_CODE: 'ENP' }],
});

async function cityValues(databasePath: string): Promise<unknown[]> {
  const db = await openDuckDb(databasePath, { readOnly: true });
  try {
    return (await queryRows(db.connection, 'SELECT ALIEN_CITY FROM eoir_raw.A_TblCase ORDER BY _line')).map(
      (row) => row.ALIEN_CITY,
    );
  } finally {
    db.close();
  }
}

describe('importEoirRelease from a ZIP archive', () => {
  it('reads Deflate members through ZIP64 records, under a wrapping folder', async () => {
    const zipPath = join(root, 'release-2026-01.zip');
    writeFileSync(
      zipPath,
      await buildZip(
        [
          { name: 'FOIA 2026-01/EOIR Case Data/', data: Buffer.alloc(0), method: 0 },
          { name: 'FOIA 2026-01/EOIR Case Data/A_TblCase.csv', data: caseTable, method: 8 },
          { name: 'FOIA 2026-01/EOIR Case Data/B_TblProceeding.csv', data: proceedingTable, method: 8 },
          {
            name: 'FOIA 2026-01/Count.txt',
            data: Buffer.from('A_TblCase.csv|2\r\nB_TblProceeding.csv|1\r\n'),
            method: 0,
          },
        ],
        { zip64: true },
      ),
    );
    const summary = await importEoirRelease({ source: zipPath, dataDir: join(root, 'zip64-data') });
    expect(summary.label).toBe('release-2026-01');
    expect(summary.errors).toEqual([]);
    expect(
      summary.tables
        .filter((table) => table.file !== null)
        .map((table) => [table.table, table.rowsRead, table.repaired, table.expected]),
    ).toEqual([
      ['A_TblCase', 2, 1, 2],
      ['B_TblProceeding', 1, 0, 1],
    ]);
    expect(await cityValues(summary.databasePath)).toEqual(['M\u00c9RIDA', 'LA\tCEIBA']);
  });

  it('reads Deflate64 members written by 7-Zip', async () => {
    const fixture = fileURLToPath(new URL('./zip/fixtures/deflate64-release.zip', import.meta.url));
    const summary = await importEoirRelease({ source: fixture, dataDir: join(root, 'deflate64-data') });
    expect(summary.tables.find((table) => table.table === 'A_TblCase')).toMatchObject({
      rowsRead: 3,
      imported: 3,
      expected: 3,
    });
    expect(summary.warnings).toContain('ignored notes/deflate64-probe.txt: not part of a release');
    expect(await cityValues(summary.databasePath)).toEqual(['SAN JOS\u00c9', 'TIJUANA', 'N/A']);
  });
});

describe('importEoirRelease replaces the database atomically', () => {
  it('leaves the previous file intact when an import fails midway, and cleans up after itself', async () => {
    const dataDir = join(root, 'atomic-data');
    const good = join(root, 'good.zip');
    writeFileSync(good, await buildZip([{ name: 'EOIR Case Data/A_TblCase.csv', data: caseTable }]));
    const first = await importEoirRelease({ source: good, dataDir });
    const before = readFileSync(first.databasePath);

    // A_TblCase loads into the new file first; the damaged B_TblProceeding member then fails its CRC check.
    const damaged = await buildZip([
      { name: 'EOIR Case Data/A_TblCase.csv', data: caseTable, method: 0 },
      { name: 'EOIR Case Data/B_TblProceeding.csv', data: proceedingTable, method: 0 },
    ]);
    damaged[damaged.indexOf('ENP')] = 0x58;
    const bad = join(root, 'damaged.zip');
    writeFileSync(bad, damaged);
    // Leftovers of an import killed earlier (a process id that cannot be running).
    writeFileSync(join(dataDir, 'analytics.duckdb.new-2147483646'), 'junk');
    mkdirSync(join(dataDir, '.eoir-import-2147483646'));

    const failure = await importEoirRelease({ source: bad, dataDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('IMPORT_FAILED');
    expect((failure as AppError).message).toMatch(
      /B_TblProceeding\.csv is damaged: CRC-32 mismatch.*previous analytics data is intact/,
    );
    expect(readFileSync(first.databasePath).equals(before)).toBe(true);
    expect(readdirSync(dataDir)).toEqual(['analytics.duckdb']);
    expect(await cityValues(first.databasePath)).toEqual(['M\u00c9RIDA', 'LA\tCEIBA']);
  });
});

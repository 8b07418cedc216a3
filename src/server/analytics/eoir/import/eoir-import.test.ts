// End-to-end imports of hand-made releases: every format defect of real EOIR releases, read back from the DuckDB file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb, queryRows, type DuckDbHandle } from '../../duckdb.ts';
import { formatSummaryTable, importEoirRelease, type ImportSummary } from './index.ts';
import { rowLine, writeReleaseFolder } from './release.fixture.ts';

const root = mkdtempSync(join(tmpdir(), 'refuge-eoir-import-'));
const NUL = '\0';

const caseRow = (id: string, extra: Record<string, string> = {}): Record<string, string> => ({
  IDNCASE: id,
  NAT: 'MX',
  LANG: 'SP ',
  CUSTODY: 'N',
  CASE_TYPE: 'RMV',
  Sex: 'F',
  ...extra,
});

describe('importEoirRelease on a hand-made folder with every quirk', () => {
  let summary: ImportSummary;
  let db: DuckDbHandle;
  const rows = async (sql: string): Promise<Record<string, unknown>[]> => queryRows(db.connection, sql);

  beforeAll(async () => {
    const folder = writeReleaseFolder(join(root, 'quirks'), {
      tables: {
        A_TblCase: {
          rows: [
            caseRow('101', { ALIEN_CITY: `CIU${NUL}DAD JU\xc1REZ`, CASEPRIORITY_CODE: 'N/A' }), // line 2
            caseRow('102', { ALIEN_CITY: 'O\x92FALLON', E_28_DATE: '2019-11-04 00:00:00.000' }), // 3: cp1252
            caseRow('103', { ALIEN_CITY: 'SAN\tJOSE', ALIEN_STATE: 'CA' }), // 4: stray tab, one fit
            caseRow('104', { UPDATED_CITY: 'EL\tPASO' }), // 5: stray tab beside an empty UPDATED_ZIPCODE
            rowLine('A_TblCase', caseRow('105'), 2), // 6: short row
            caseRow('106', { DATE_OF_ENTRY: '1900-01-01 00:00:00.000' }), // 7: sentinel date
          ],
        },
        A_TblCaseIdentifier: {
          rows: [
            { IDNCASEID: '1', IDNCASE: '101', CASE_ID: 'NA' },
            { IDNCASEID: '2', IDNCASE: '102', CASE_ID: 'MP' },
          ],
          lineEnd: '\n',
        },
      },
      count: 'A_TblCase.csv\t6\r\nA_TblCaseIdentifier.csv\t2\r\n',
    });
    summary = await importEoirRelease({
      source: folder,
      dataDir: join(root, 'quirks-data'),
      label: 'hand-made',
    });
    db = await openDuckDb(summary.databasePath, { readOnly: true });
  });
  afterAll(() => db?.close());

  it('reconciles every table: rows read = imported + rejected, repaired counted, Count.txt checked', () => {
    const table = summary.tables.find((entry) => entry.table === 'A_TblCase');
    expect(table).toMatchObject({
      rowsRead: 6,
      imported: 5,
      repaired: 2,
      rejected: 1,
      expected: 6,
      file: 'EOIR Case Data/A_TblCase.csv',
    });
    expect(summary.tables.find((entry) => entry.table === 'A_TblCaseIdentifier')).toMatchObject({
      rowsRead: 2,
      imported: 2,
      expected: 2,
    });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toContain(
      'the release has no tbl_schedule.csv: eoir_raw.tbl_schedule was created empty',
    );
    const printed = formatSummaryTable(summary).split('\n');
    expect(printed[0]).toMatch(/^table +rows read +imported +repaired +rejected +Count\.txt$/);
    expect(printed).toContainEqual(expect.stringMatching(/^A_TblCase +6 +5 +2 +1 +6$/));
    expect(printed).toContainEqual(expect.stringMatching(/^tbl_schedule \(missing\) +0 +0 +0 +0 +-$/));
  });

  it('keeps values verbatim: NUL removed, cp1252 decoded, trailing spaces, NA, N/A and sentinel dates kept', async () => {
    const cases =
      await rows(`SELECT IDNCASE, ALIEN_CITY, ALIEN_STATE, LANG, CASEPRIORITY_CODE, DATE_OF_ENTRY, Sex, _line
      FROM eoir_raw.A_TblCase ORDER BY _line`);
    expect(cases).toEqual([
      expect.objectContaining({
        IDNCASE: '101',
        ALIEN_CITY: 'CIUDAD JU\u00c1REZ',
        LANG: 'SP ',
        CASEPRIORITY_CODE: 'N/A',
        _line: 2n,
      }),
      expect.objectContaining({ IDNCASE: '102', ALIEN_CITY: 'O\u2019FALLON', _line: 3n }),
      expect.objectContaining({ IDNCASE: '103', ALIEN_CITY: 'SAN\tJOSE', ALIEN_STATE: 'CA', _line: 4n }),
      expect.objectContaining({ IDNCASE: '105', Sex: 'F', _line: 6n }),
      expect.objectContaining({ IDNCASE: '106', DATE_OF_ENTRY: '1900-01-01 00:00:00.000', _line: 7n }),
    ]);
    expect(await rows(`SELECT CASE_ID FROM eoir_raw.A_TblCaseIdentifier ORDER BY _line`)).toEqual([
      { CASE_ID: 'NA' },
      { CASE_ID: 'MP' },
    ]);
  });

  it('pads a short row with NULLs and stores an empty field as NULL', async () => {
    const [short] = await rows(
      `SELECT DETENTION_FACILITY_TYPE, CASEPRIORITY_CODE, ALIEN_ZIPCODE FROM eoir_raw.A_TblCase WHERE _line = 6`,
    );
    expect(short).toEqual({ DETENTION_FACILITY_TYPE: null, CASEPRIORITY_CODE: null, ALIEN_ZIPCODE: null });
  });

  it('writes the ambiguous row to eoir_meta.rejects with its file, line, reason and raw text', async () => {
    const rejects = await rows(`SELECT table_name, file, line, reason, raw FROM eoir_meta.rejects`);
    expect(rejects).toEqual([
      {
        table_name: 'A_TblCase',
        file: 'EOIR Case Data/A_TblCase.csv',
        line: 5n,
        reason: expect.stringMatching(/^extra field: ambiguous/) as unknown,
        raw: expect.stringContaining('104\t') as unknown,
      },
    ]);
  });

  it('stores the summary and the release, the reference lookups, the decision codes and the model', async () => {
    const [stored] = await rows(
      `SELECT rows_read, imported, repaired, rejected, expected_count FROM eoir_meta.import_summary WHERE table_name = 'A_TblCase'`,
    );
    expect(stored).toEqual({ rows_read: 6n, imported: 5n, repaired: 2n, rejected: 1n, expected_count: 6n });
    expect(await rows(`SELECT release_label FROM eoir_meta.release`)).toEqual([
      { release_label: 'hand-made' },
    ]);
    expect(summary.lookupSource).toBe('reference');
    expect(
      await rows(`SELECT description FROM eoir_lookup.tblLookUpCaseIdentifier WHERE value = 'NA'`),
    ).toHaveLength(1);
    expect(
      await rows(`SELECT value FROM eoir_lookup.tblLookup_CasePriority WHERE value = 'N/A'`),
    ).toHaveLength(1);
    expect(
      await rows(
        `SELECT HEARING_LOC_CODE FROM eoir_lookup.mpp_hearing_locations WHERE HEARING_LOC_CODE = 'ENP'`,
      ),
    ).toHaveLength(1);
    expect(
      await rows(
        `SELECT meaning, outcome FROM eoir_lookup.dec_code_meaning WHERE case_type = 'RMV' AND dec_code = 'X' AND code_column = 'DEC_CODE'`,
      ),
    ).toEqual([{ meaning: 'removal ordered', outcome: 'removal' }]);
    const [{ cases }] = (await rows(`SELECT count(*) AS cases FROM eoir_model.cases`)) as [{ cases: bigint }];
    expect(typeof cases).toBe('bigint');
  });

  it("writes the file in DuckDB 1.3's storage format (its string compression makes the load cheaper)", async () => {
    const [{ tags }] = (await rows(
      `SELECT tags FROM duckdb_databases() WHERE database_name = current_database()`,
    )) as [{ tags: unknown }];
    expect(JSON.stringify(tags)).toContain('"v1.3.0+"');
  });
});

describe('importEoirRelease maps columns by header name', () => {
  it('renames GENDER to Sex and X_Remove to X, keeps an unknown column, whatever the column order', async () => {
    const header = [
      'NAT',
      'IDNCASE',
      'GENDER',
      'NEW_FIELD',
      'UP_BOND_RSN_Remove',
      'LANG',
      'CUSTODY',
      'E_28_DATE',
    ];
    const folder = writeReleaseFolder(join(root, 'renames'), {
      tables: { A_TblCase: { header, rows: ['GT\t201\tM\tsomething new\tR1\tSP \tD\t'] } },
    });
    const summary = await importEoirRelease({ source: folder, dataDir: join(root, 'renames-data') });
    expect(summary.warnings).toEqual(
      expect.arrayContaining(['EOIR Case Data/A_TblCase.csv: column GENDER -> Sex']),
    );
    const db = await openDuckDb(summary.databasePath, { readOnly: true });
    try {
      expect(
        await queryRows(
          db.connection,
          `SELECT IDNCASE, NAT, Sex, NEW_FIELD, UP_BOND_RSN, E_28_DATE FROM eoir_raw.A_TblCase`,
        ),
      ).toEqual([
        {
          IDNCASE: '201',
          NAT: 'GT',
          Sex: 'M',
          NEW_FIELD: 'something new',
          UP_BOND_RSN: 'R1',
          E_28_DATE: null,
        },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('importEoirRelease checks Count.txt', () => {
  it('reports a count that does not match, a listed file that is missing, and lines it cannot read', async () => {
    const folder = writeReleaseFolder(join(root, 'counts'), {
      tables: { A_TblCase: { rows: [caseRow('1'), caseRow('2')] } },
      count: 'A_TblCase.csv\t3\nB_TblProceeding.csv\t5\nnot a count line\n',
    });
    const summary = await importEoirRelease({ source: folder, dataDir: join(root, 'counts-data') });
    expect(summary.errors).toEqual([
      'Count.txt says EOIR Case Data/A_TblCase.csv has 3 rows; the file has 2',
      'Count.txt says B_TblProceeding.csv has 5 rows; the file is missing from the release',
    ]);
    expect(summary.warnings).toContain(
      'Count.txt: ignored a line that is not "<file> <count>": "not a count line"',
    );
    expect(summary.tables.find((entry) => entry.table === 'A_TblCase')).toMatchObject({
      rowsRead: 2,
      expected: 3,
    });
  });
});

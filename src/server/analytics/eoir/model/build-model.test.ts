import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../domain/errors.ts';
import { buildEoirModel } from './build-model.ts';
import { createRawTables, type RawRows } from './raw-tables.fixture.ts';

const TS = (date: string): string => `${date} 00:00:00.000`;
const SENTINEL = '1900-01-01 00:00:00.000';

type Row = Record<string, string | null>;
let nextProceeding = 1000;
/** A removal proceeding row with verbatim padding; override any column. */
const proceeding = (idncase: string, fields: Row = {}): Row => ({
  IDNPROCEEDING: String(nextProceeding++),
  IDNCASE: idncase,
  CASE_TYPE: 'RMV',
  BASE_CITY_CODE: 'SND ',
  HEARING_LOC_CODE: 'SND ',
  OSC_DATE: TS('2019-03-01'),
  ...fields,
});
const person = (idncase: string, fields: Row = {}): Row => ({
  IDNCASE: idncase,
  NAT: 'HO ',
  LANG: 'SP ',
  CUSTODY: 'N',
  Sex: 'M',
  ...fields,
});

const RAW: RawRows = {
  A_TblCase: [
    person('1', { NAT: 'ES  ', LANG: 'SP ', CUSTODY: 'D ', Sex: 'F ' }),
    ...['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16'].map((id) =>
      person(id),
    ),
    person('20', { E_28_DATE: TS('2019-05-01') }),
    person('21', { E_28_DATE: SENTINEL }),
    person('22'),
    person('23'),
    person('24'),
    person('30', { NAT: 'GT' }),
    person('31'),
    person('32'),
    person('33'),
    person('34'),
    person('35'),
    person('36'),
    person('37'),
    person('38'),
    person('39'),
    person('40'),
    person('41'),
    person('42'),
  ],
  B_TblProceeding: [
    // scope
    proceeding('1', { CASE_TYPE: 'RMV ', OTHER_COMP: null }),
    proceeding('2', { CASE_TYPE: 'CFR' }),
    // MPP through a non-removal proceeding at an MPP location (case 3), through the test location (case 4)
    proceeding('3'),
    proceeding('3', { CASE_TYPE: 'CFR', HEARING_LOC_CODE: 'ENP ' }),
    proceeding('4', { HEARING_LOC_CODE: 'MPP' }),
    proceeding('5'),
    proceeding('6'),
    proceeding('7'),
    proceeding('8'),
    // outcome proceeding: numeric comparison of ids, C/T skipping, all-closed fallback, non-RMV ignored
    proceeding('10', {
      IDNPROCEEDING: '9',
      BASE_CITY_CODE: 'HOU',
      COMP_DATE: TS('2020-01-01'),
      DEC_CODE: 'X',
    }),
    proceeding('10', {
      IDNPROCEEDING: '10',
      BASE_CITY_CODE: 'DAL',
      COMP_DATE: TS('2020-02-01'),
      DEC_CODE: 'V',
    }),
    proceeding('11', {
      IDNPROCEEDING: '20',
      BASE_CITY_CODE: 'HOU',
      COMP_DATE: TS('2020-01-01'),
      DEC_CODE: 'R',
    }),
    proceeding('11', {
      IDNPROCEEDING: '100',
      BASE_CITY_CODE: 'DAL',
      COMP_DATE: TS('2020-02-01'),
      OTHER_COMP: 'C ',
    }),
    proceeding('12', {
      IDNPROCEEDING: '30',
      BASE_CITY_CODE: 'HOU',
      COMP_DATE: TS('2020-01-01'),
      OTHER_COMP: 'T',
    }),
    proceeding('12', {
      IDNPROCEEDING: '31',
      BASE_CITY_CODE: 'DAL',
      HEARING_LOC_CODE: 'DAL1',
      COMP_DATE: TS('2020-02-01'),
      OTHER_COMP: 'C',
    }),
    proceeding('13', { IDNPROCEEDING: '40', COMP_DATE: TS('2020-01-01'), DEC_CODE: 'T' }),
    proceeding('13', { IDNPROCEEDING: '41', CASE_TYPE: 'WHO', COMP_DATE: TS('2020-02-01'), DEC_CODE: 'X' }),
    // fiscal year: earliest valid OSC among removal proceedings
    proceeding('14', { OSC_DATE: TS('2019-10-01') }),
    proceeding('14', { OSC_DATE: '2019-09-30' }),
    proceeding('14', { OSC_DATE: SENTINEL }),
    proceeding('14', { CASE_TYPE: 'CFR', OSC_DATE: TS('2018-01-01') }),
    proceeding('15', { OSC_DATE: TS('2019-10-01') }),
    proceeding('16', { OSC_DATE: 'not a date' }),
    proceeding('16', { OSC_DATE: '2019-05-01T00:00:00' }),
    proceeding('16', { OSC_DATE: '2019-02-30 00:00:00.000' }),
    proceeding('16', { OSC_DATE: '2019-05-01 25:00:00.000' }),
    proceeding('16', { OSC_DATE: '2019/05/01' }),
    proceeding('17', { OSC_DATE: ' 2019-09-15 00:00:00.000 ' }),
    // represented
    proceeding('20'),
    proceeding('21'),
    proceeding('22'),
    proceeding('23'),
    proceeding('24'),
    // outcome mapping
    proceeding('30', { COMP_DATE: SENTINEL, DEC_CODE: 'X' }),
    proceeding('31', { COMP_DATE: TS('2020-05-01'), DEC_CODE: 'X ', ABSENTIA: 'Y ' }),
    proceeding('32', { COMP_DATE: TS('2020-05-01'), DEC_CODE: 'X', ABSENTIA: 'N' }),
    proceeding('33', { COMP_DATE: TS('2020-05-01'), DEC_CODE: 'V ' }),
    proceeding('34', { COMP_DATE: TS('2020-05-01'), DEC_CODE: 'E' }),
    proceeding('35', { COMP_DATE: TS('2020-05-01'), DEC_CODE: 'Z' }),
    proceeding('36', { COMP_DATE: TS('2020-05-01'), DEC_CODE: 'U' }),
    proceeding('37', { COMP_DATE: TS('2020-05-01'), OTHER_COMP: 'A ' }),
    proceeding('38', { COMP_DATE: TS('2020-05-01'), OTHER_COMP: 'Y' }),
    proceeding('39', { COMP_DATE: TS('2020-05-01'), OTHER_COMP: 'M' }),
    proceeding('40', { COMP_DATE: TS('2020-05-01'), DEC_CODE: 'D' }),
    proceeding('41', { COMP_DATE: TS('2020-05-01'), OTHER_COMP: 'F' }),
    proceeding('42', { COMP_DATE: '2036-01-01 00:00:00.000', DEC_CODE: 'X' }),
  ],
  A_TblCaseIdentifier: [
    { IDNCASE: '5', CASE_ID: 'MP ' },
    { IDNCASE: '6', CASE_ID: 'RM' },
    { IDNCASE: '7', CASE_ID: 'NA' },
  ],
  tbl_schedule: [
    {
      IDNSCHEDULE: '1',
      IDNCASE: '8',
      IDNPROCEEDING: '999999',
      HEARING_LOC_CODE: 'TUM ',
      ADJ_DATE: TS('2019-06-01'),
    },
  ],
  tbl_RepsAssigned: [
    { IDNCASE: '22', STRATTYLEVEL: 'COURT ', STRATTYTYPE: 'ALIEN ' },
    { IDNCASE: '23', STRATTYLEVEL: 'BOARD', STRATTYTYPE: 'ALIEN' },
    { IDNCASE: '24', STRATTYLEVEL: 'COURT', STRATTYTYPE: 'INS' },
  ],
};

let instance: DuckDBInstance;
let connection: DuckDBConnection;
const cases = new Map<number, Record<string, unknown>>();

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await createRawTables(connection, RAW);
  await buildEoirModel(connection);
  const reader = await connection.runAndReadAll('SELECT * FROM eoir_model.cases');
  for (const row of reader.getRowObjectsJS()) cases.set(Number(row.idncase), row);
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

const field = (idncase: number, name: string): unknown => {
  const row = cases.get(idncase);
  if (!row) throw new Error(`case ${idncase} is not in eoir_model.cases`);
  return row[name];
};

describe('buildEoirModel: scope', () => {
  it('keeps cases with a removal proceeding (after trimming) and drops the others', () => {
    expect(cases.has(1)).toBe(true);
    expect(cases.has(2)).toBe(false);
    expect(cases.size).toBe(33);
  });
});

describe('buildEoirModel: MPP', () => {
  it('flags MP and RM identifiers, MPP locations on any proceeding or hearing, and not the MPP test location', () => {
    expect(field(5, 'mpp')).toBe(true);
    expect(field(6, 'mpp')).toBe(true);
    expect(field(3, 'mpp')).toBe(true);
    expect(field(8, 'mpp')).toBe(true);
    expect(field(4, 'mpp')).toBe(false);
    expect(field(7, 'mpp')).toBe(false);
    expect(field(1, 'mpp')).toBe(false);
  });
});

describe('buildEoirModel: outcome proceeding', () => {
  it('compares IDNPROCEEDING numerically (10 beats 9)', () => {
    expect(field(10, 'outcome_idnproceeding')).toBe(10n);
    expect(field(10, 'outcome')).toBe('voluntary_departure');
    expect(field(10, 'court')).toBe('DAL');
  });
  it('skips proceedings closed by change of venue or transfer', () => {
    expect(field(11, 'outcome_idnproceeding')).toBe(20n);
    expect(field(11, 'outcome')).toBe('relief_granted');
    expect(field(11, 'court')).toBe('HOU');
  });
  it('falls back to the highest in-scope proceeding when every one was closed by C or T', () => {
    expect(field(12, 'outcome_idnproceeding')).toBe(31n);
    expect(field(12, 'hearing_location')).toBe('DAL1');
    expect(field(12, 'outcome')).toBe('other');
  });
  it('ignores proceedings of other case types', () => {
    expect(field(13, 'outcome_idnproceeding')).toBe(40n);
    expect(field(13, 'outcome')).toBe('terminated');
  });
});

describe('buildEoirModel: outcome mapping', () => {
  it.each([
    [30, 'pending'],
    [42, 'pending'],
    [31, 'removal_in_absentia'],
    [32, 'removal'],
    [33, 'voluntary_departure'],
    [34, 'relief_granted'],
    [35, 'relief_granted'],
    [36, 'terminated'],
    [37, 'admin_closed'],
    [38, 'admin_closed'],
    [39, 'admin_closed'],
    [40, 'other'],
    [41, 'other'],
  ])('case %i → %s', (idncase, outcome) => {
    expect(field(idncase, 'outcome')).toBe(outcome);
  });
});

describe('buildEoirModel: represented', () => {
  it('counts a valid E_28_DATE or a COURT/ALIEN representation row, nothing else', () => {
    expect(field(20, 'represented')).toBe(true);
    expect(field(21, 'represented')).toBe(false);
    expect(field(22, 'represented')).toBe(true);
    expect(field(23, 'represented')).toBe(false);
    expect(field(24, 'represented')).toBe(false);
  });
});

describe('buildEoirModel: fiscal year and attributes', () => {
  it('takes the earliest valid OSC date among removal proceedings, either date format, spaces ignored, other shapes missing', () => {
    expect(field(14, 'fiscal_year')).toBe(2019);
    expect(field(15, 'fiscal_year')).toBe(2020);
    expect(field(16, 'fiscal_year')).toBeNull();
    expect(field(17, 'fiscal_year')).toBe(2019);
  });
  it('stores code dimensions as ENUMs of the values present, and outcome as the closed outcome ENUM', async () => {
    const reader = await connection.runAndReadAll(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'eoir_model' AND table_name = 'cases'`,
    );
    const types = new Map(reader.getRowsJS().map(([name, type]) => [name as string, type as string]));
    expect(types.get('nationality')).toBe("ENUM('ES', 'GT', 'HO')");
    expect(types.get('outcome')).toMatch(/^ENUM\('pending', 'removal'/);
    expect(types.get('mpp')).toBe('BOOLEAN');
    expect(types.get('fiscal_year')).toBe('INTEGER');
    expect(types.get('osc_date')).toBe('DATE');
  });

  it('trims the case attributes', () => {
    expect([field(1, 'nationality'), field(1, 'language'), field(1, 'custody'), field(1, 'sex')]).toEqual([
      'ES',
      'SP',
      'D',
      'F',
    ]);
    expect(field(1, 'court')).toBe('SND');
    expect(field(30, 'nationality')).toBe('GT');
  });
});

describe('buildEoirModel: inputs', () => {
  it('rebuilds over a previous model, leaving no work tables behind', async () => {
    await buildEoirModel(connection);
    const reader = await connection.runAndReadAll('SELECT count(*) FROM eoir_model.cases');
    expect(Number(reader.getRowsJS()[0]?.[0])).toBe(33);
    const work = await connection.runAndReadAll(`SELECT count(*) FROM duckdb_tables() WHERE temporary`);
    expect(Number(work.getRowsJS()[0]?.[0])).toBe(0);
  });

  it('builds, sorts and groups a code column the release leaves empty everywhere', async () => {
    const blank = await DuckDBInstance.create(':memory:');
    const db = await blank.connect();
    try {
      await createRawTables(db, {
        A_TblCase: [person('1', { Sex: null, NAT: 'HO' }), person('2', { Sex: '  ', NAT: 'GT' })],
        B_TblProceeding: [proceeding('1', { IJ_CODE: null }), proceeding('2', { IJ_CODE: ' ' })],
      });
      await buildEoirModel(db);
      const read = async (sql: string) => (await db.runAndReadAll(sql)).getRowsJS();
      expect(
        await read(
          `SELECT data_type FROM information_schema.columns WHERE table_schema = 'eoir_model' AND table_name = 'cases' AND column_name IN ('sex', 'judge') ORDER BY column_name`,
        ),
      ).toEqual([["ENUM('')"], ["ENUM('')"]]);
      expect(await read('SELECT idncase, sex, judge FROM eoir_model.cases ORDER BY idncase')).toEqual([
        [1n, null, null],
        [2n, null, null],
      ]);
      expect(await read('SELECT sex, count(*) FROM eoir_model.cases GROUP BY sex ORDER BY sex')).toEqual([
        [null, 2n],
      ]);
    } finally {
      db.closeSync();
      blank.closeSync();
    }
  });

  it('names the missing raw tables and columns', async () => {
    const empty = await DuckDBInstance.create(':memory:');
    const bare = await empty.connect();
    await bare.run(
      'CREATE SCHEMA eoir_raw; CREATE TABLE eoir_raw."A_TblCase" ("IDNCASE" VARCHAR, _line BIGINT)',
    );
    const failure = await buildEoirModel(bare).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('IMPORT_FAILED');
    expect((failure as AppError).message).toContain('A_TblCase.NAT');
    expect((failure as AppError).message).toContain('B_TblProceeding');
    bare.closeSync();
    empty.closeSync();
  });
});

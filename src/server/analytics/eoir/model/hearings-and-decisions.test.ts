import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEoirModel } from './build-model.ts';
import { createRawTables } from './raw-tables.fixture.ts';

const TS = (date: string): string => `${date} 00:00:00.000`;

let instance: DuckDBInstance;
let connection: DuckDBConnection;

const rows = async (sql: string): Promise<Record<string, unknown>[]> =>
  (await connection.runAndReadAll(sql)).getRowObjectsJS();

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await createRawTables(connection, {
    A_TblCase: [{ IDNCASE: '1' }, { IDNCASE: '2' }, { IDNCASE: '3' }],
    B_TblProceeding: [
      // case 1: removed in absentia at its third hearing
      {
        IDNPROCEEDING: '11',
        IDNCASE: '1',
        CASE_TYPE: 'RMV',
        OSC_DATE: TS('2019-02-01'),
        COMP_DATE: TS('2019-09-01'),
        DEC_CODE: 'X',
        ABSENTIA: 'Y',
        IJ_CODE: 'JAB ',
        BASE_CITY_CODE: 'SND',
      },
      // case 2: pending; case 3: a credible-fear review only (out of scope)
      {
        IDNPROCEEDING: '21',
        IDNCASE: '2',
        CASE_TYPE: 'RMV',
        OSC_DATE: TS('2019-11-01'),
        IJ_CODE: 'KLM',
        BASE_CITY_CODE: 'ELP',
      },
      {
        IDNPROCEEDING: '31',
        IDNCASE: '3',
        CASE_TYPE: 'CFR',
        OSC_DATE: TS('2019-11-01'),
        COMP_DATE: TS('2019-12-01'),
      },
      // case 1 also has a decided removal proceeding for the asylum decisions (FY 2020 completion)
      {
        IDNPROCEEDING: '12',
        IDNCASE: '1',
        CASE_TYPE: 'RMV',
        OTHER_COMP: 'C',
        COMP_DATE: TS('2019-10-15'),
        IJ_CODE: 'XYZ',
        BASE_CITY_CODE: 'HOU',
      },
    ],
    tbl_schedule: [
      { IDNSCHEDULE: '1', IDNCASE: '1', IDNPROCEEDING: '11', ADJ_DATE: TS('2019-01-15'), ADJ_RSN: '1 ' },
      { IDNSCHEDULE: '2', IDNCASE: '1', IDNPROCEEDING: '11', ADJ_DATE: TS('2019-04-01'), ADJ_RSN: '17' },
      {
        IDNSCHEDULE: '3',
        IDNCASE: '1',
        IDNPROCEEDING: '11',
        ADJ_DATE: TS('2019-09-01'),
        HEARING_LOC_CODE: 'SYP ',
      },
      { IDNSCHEDULE: '4', IDNCASE: '2', IDNPROCEEDING: '21', ADJ_DATE: TS('2020-01-10'), ADJ_RSN: '1' },
      { IDNSCHEDULE: '5', IDNCASE: '2', IDNPROCEEDING: '21', ADJ_DATE: TS('2020-06-10') },
      { IDNSCHEDULE: '6', IDNCASE: '2', IDNPROCEEDING: '21', ADJ_DATE: '1900-01-01 00:00:00.000' },
      { IDNSCHEDULE: '7', IDNCASE: '3', IDNPROCEEDING: '31', ADJ_DATE: TS('2019-11-20') },
    ],
    tbl_Court_Appln: [
      { IDNPROCEEDINGAPPLN: '1', IDNPROCEEDING: '11', IDNCASE: '1', APPL_CODE: 'ASYL', APPL_DEC: 'D ' },
      { IDNPROCEEDINGAPPLN: '2', IDNPROCEEDING: '11', IDNCASE: '1', APPL_CODE: 'WCAT ', APPL_DEC: 'G' },
      { IDNPROCEEDINGAPPLN: '3', IDNPROCEEDING: '12', IDNCASE: '1', APPL_CODE: 'ASYW', APPL_DEC: 'A' },
      { IDNPROCEEDINGAPPLN: '4', IDNPROCEEDING: '11', IDNCASE: '1', APPL_CODE: '212C', APPL_DEC: 'G' },
      { IDNPROCEEDINGAPPLN: '5', IDNPROCEEDING: '31', IDNCASE: '3', APPL_CODE: 'ASYL', APPL_DEC: 'G' },
      { IDNPROCEEDINGAPPLN: '6', IDNPROCEEDING: '21', IDNCASE: '2', APPL_CODE: 'ASYL', APPL_DEC: null },
    ],
  });
  await buildEoirModel(connection);
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('eoir_model.hearings', () => {
  it('reads attendance from the proceeding: the in-absentia hearing, earlier adjournments, pending settings', async () => {
    const hearings = await rows(
      'SELECT idnschedule, attendance, is_in_absentia, mpp FROM eoir_model.hearings ORDER BY idnschedule',
    );
    expect(hearings.map((h) => [Number(h.idnschedule), h.attendance])).toEqual([
      [1, 'adjourned'],
      [2, 'adjourned'],
      [3, 'in_absentia'],
      [4, 'adjourned'],
      [5, 'scheduled'],
      [6, 'unknown'],
    ]);
    expect(hearings.filter((h) => h.is_in_absentia === true).map((h) => Number(h.idnschedule))).toEqual([3]);
    expect(hearings.filter((h) => Number(h.idnschedule) <= 3).every((h) => h.mpp === true)).toBe(true);
  });
});

describe('eoir_model.cases durations', () => {
  it('measures from the earliest NTA date to the first hearing on or after it, and to completion', async () => {
    const [first, second] = await rows(
      'SELECT idncase, first_hearing_date, days_to_first_hearing, days_to_completion FROM eoir_model.cases ORDER BY idncase',
    );
    // case 1: NTA 2019-02-01 (the later proceeding has none), first hearing 2019-04-01 (the January one predates it)
    expect(first).toMatchObject({ days_to_first_hearing: 59, days_to_completion: 212 });
    expect(second).toMatchObject({ days_to_first_hearing: 70, days_to_completion: null });
  });
});

describe('eoir_model.asylum_decisions', () => {
  it('keeps asylum applications on removal proceedings with judge, court and fiscal year of the completion', async () => {
    const decisions = await rows(
      'SELECT idnproceedingappln AS id, appl_code, judge, court, fiscal_year, is_grant, is_denial, is_merits, mpp FROM eoir_model.asylum_decisions ORDER BY id',
    );
    expect(decisions.map((d) => ({ ...d, id: Number(d.id) }))).toEqual([
      {
        id: 1,
        appl_code: 'ASYL',
        judge: 'JAB',
        court: 'SND',
        fiscal_year: 2019,
        is_grant: false,
        is_denial: true,
        is_merits: true,
        mpp: true,
      },
      {
        id: 2,
        appl_code: 'WCAT',
        judge: 'JAB',
        court: 'SND',
        fiscal_year: 2019,
        is_grant: true,
        is_denial: false,
        is_merits: true,
        mpp: true,
      },
      {
        id: 3,
        appl_code: 'ASYW',
        judge: 'XYZ',
        court: 'HOU',
        fiscal_year: 2020,
        is_grant: false,
        is_denial: false,
        is_merits: false,
        mpp: true,
      },
      {
        id: 6,
        appl_code: 'ASYL',
        judge: 'KLM',
        court: 'ELP',
        fiscal_year: null,
        is_grant: false,
        is_denial: false,
        is_merits: false,
        mpp: false,
      },
    ]);
  });
});

// Unit tests of the small text readers: cp1252, headers, Count.txt.
import { describe, expect, it } from 'vitest';
import { parseCountFile } from './count-file.ts';
import { decodeCp1252, transcodeCp1252 } from './cp1252.ts';
import { mapHeader } from './header-mapping.ts';

describe('cp1252', () => {
  it('decodes 0x80-0x9F as Windows-1252 (not Latin-1) and drops NUL bytes', () => {
    expect(decodeCp1252(Buffer.from([0x4f, 0x92, 0x00, 0x46, 0x80, 0xe9, 0x93, 0x94, 0x81]))).toBe(
      'O\u2019F\u20ac\u00e9\u201c\u201d\u0081',
    );
  });

  it('transcodes to UTF-8 bytes', () => {
    const target = Buffer.alloc(32);
    const end = transcodeCp1252(Buffer.from([0x50, 0x45, 0xd1, 0x00, 0x92]), 0, 5, target, 0);
    expect(target.subarray(0, end).toString('utf8')).toBe('PE\u00d1\u2019');
  });
});

describe('mapHeader', () => {
  it('renames GENDER to Sex and X_Remove to X, keeps new columns, and makes names unique', () => {
    const mapping = mapHeader([
      '\uFEFFIDNCASE',
      'GENDER',
      'UP_BOND_RSN_Remove',
      'NEW_COL ',
      'NAT',
      'nat',
      '',
    ]);
    expect(mapping.names).toEqual(['IDNCASE', 'Sex', 'UP_BOND_RSN', 'NEW_COL', 'NAT', 'nat_2', 'column_7']);
    expect(mapping.renames).toContain('GENDER -> Sex');
    expect(mapping.renames).toContain('UP_BOND_RSN_Remove -> UP_BOND_RSN');
  });

  it('keeps X_Remove when X exists, and GENDER when Sex exists', () => {
    expect(mapHeader(['X', 'X_Remove', 'Sex', 'GENDER']).names).toEqual(['X', 'X_Remove', 'Sex', 'GENDER']);
  });

  it('never lets a header take the _line column', () => {
    expect(mapHeader(['_line']).names).toEqual(['_line_2']);
  });
});

describe('parseCountFile', () => {
  it('reads tab, pipe, comma, colon and space separated lines, with thousands separators', () => {
    const { counts, unreadable } = parseCountFile(
      'A_TblCase.csv\t1000\r\nB_TblProceeding.csv|1,300\ntbl_schedule.csv,3600\nEOIR Case Data/tbl_RepsAssigned.csv: 7\ntbl_Court_Appln.csv 12\n',
    );
    expect([...counts.entries()].map(([key, value]) => [key, value.count])).toEqual([
      ['a_tblcase', 1000],
      ['b_tblproceeding', 1300],
      ['tbl_schedule', 3600],
      ['tbl_repsassigned', 7],
      ['tbl_court_appln', 12],
    ]);
    expect(unreadable).toEqual([]);
  });

  it('lists the lines it cannot read instead of guessing', () => {
    const { counts, unreadable } = parseCountFile(
      'Table\tRows\nA_TblCase.csv\t12.5\nA_TblCaseIdentifier.csv\t3\n',
    );
    expect(counts.size).toBe(1);
    expect(unreadable).toEqual(['Table\tRows', 'A_TblCase.csv\t12.5']);
  });
});

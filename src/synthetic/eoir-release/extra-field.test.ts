// The stray-tab rows are meant for a type- and length-guided realignment: the "unambiguous" ones must admit
// exactly one merge of two adjacent fields that fits every column; the "ambiguous" ones several.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEoirRelease } from './generate-release.ts';
import { readRawTable } from './release-lines.testing.ts';

// varchar lengths of A_TblCase columns, from EOIR's field dictionary (marrowb/eoir metadata)
const LENGTHS: Record<string, number> = {
  ALIEN_CITY: 15,
  ALIEN_STATE: 2,
  ALIEN_ZIPCODE: 10,
  UPDATED_ZIPCODE: 10,
  UPDATED_CITY: 15,
  NAT: 2,
  LANG: 3,
  CUSTODY: 1,
  SITE_TYPE: 1,
  ATTY_NBR: 2,
  CASE_TYPE: 3,
  UPDATE_SITE: 3,
  LATEST_TIME: 4,
  LATEST_CAL_TYPE: 1,
  UP_BOND_RSN: 2,
  CORRECTIONAL_FAC: 1,
  RELEASE_MONTH: 2,
  RELEASE_YEAR: 4,
  INMATE_HOUSING: 3,
  C_ASY_TYPE: 1,
  UPDATED_STATE: 2,
  DETENTION_LOCATION: 34,
  DCO_LOCATION: 24,
  DETENTION_FACILITY_TYPE: 10,
  CASEPRIORITY_CODE: 20,
};

// column types from EOIR's table schema (the importer's reference copy: type,name,table, no quoted fields)
const types = new Map(
  readFileSync(
    new URL(
      '../../server/analytics/eoir/reference/schema/eoir_variable_types_from_EOIRDB_Schema.csv',
      import.meta.url,
    ),
    'utf8',
  )
    .split(/\r?\n/)
    .map((line) => line.split(','))
    .filter(([, , table]) => table === 'A_TblCase')
    .map(([type = '', column = '']) => [column, type]),
);

function fits(column: string, value: string): boolean {
  if (value === '') return true;
  switch (types.get(column) ?? 'String') {
    case 'Numeric':
      return /^\d+$/.test(value);
    case 'Date':
      return /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/.test(value) || /^\d{1,2}\/\d{4}$/.test(value);
    case 'Boolean':
      return value === '0' || value === '1';
    default:
      return value.trimEnd().length <= (LENGTHS[column] ?? Infinity);
  }
}

/** The columns at which merging a field with the next one gives a row that fits every column. */
function fittingMerges(header: readonly string[], fields: readonly string[]): string[] {
  const found: string[] = [];
  for (let k = 0; k < header.length; k++) {
    const merged = [...fields.slice(0, k), `${fields[k]}\t${fields[k + 1]}`, ...fields.slice(k + 2)];
    if (header.every((column, i) => fits(column, merged[i] ?? ''))) found.push(header[k] ?? '');
  }
  return found;
}

const dir = mkdtempSync(join(tmpdir(), 'eoir-tab-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stray tabs in A_TblCase', () => {
  it('admit exactly one realignment (ALIEN_CITY) when logged unambiguous, several when logged ambiguous', async () => {
    const summary = await generateEoirRelease({
      folder: join(dir, 'r'),
      cases: 2000,
      seed: 3,
      lookups: false,
      quirks: { extraField: 0.02, extraFieldAmbiguous: 0.01 },
    });
    const { lines } = readRawTable(summary.folder, 'A_TblCase');
    const header = lines[0]?.split('\t') ?? [];
    const tabs = summary.defects.filter(
      (d) => d.kind === 'extra_field' || d.kind === 'extra_field_ambiguous',
    );
    expect(tabs.length).toBeGreaterThan(30);
    for (const defect of tabs) {
      const merges = fittingMerges(header, lines[defect.line - 1]?.split('\t') ?? []);
      if (defect.kind === 'extra_field') expect(merges).toEqual(['ALIEN_CITY']);
      else {
        expect(merges).toContain('UPDATED_CITY');
        expect(merges.length).toBeGreaterThan(1);
      }
    }
  });
});

// Writes the release's Lookup/ folder: a few real lookup tables with their full real headers (schema order),
// code and description filled from the shipped lookups, the id column numbered, everything else empty.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Priors } from './priors.ts';
import { TableWriter } from './table-writer.ts';

/** Lookup tables written, with the columns that hold the code and the description. */
export const LOOKUP_TABLES: readonly { name: string; code: string; description: string }[] = [
  { name: 'tblLookupBaseCity', code: 'BASE_CITY_CODE', description: 'BASE_CITY_NAME' },
  { name: 'tblLookupHloc', code: 'HEARING_LOC_CODE', description: 'HEARING_LOC_NAME' },
  { name: 'tblLookupNationality', code: 'NAT_CODE', description: 'NAT_NAME' },
  { name: 'tblLookupCaseType', code: 'strCode', description: 'strDescription' },
  { name: 'tblLookUpCaseIdentifier', code: 'strcode', description: 'strDescription' },
  { name: 'tblLookupCourtAppDecisions', code: 'strCourtApplnDecCode', description: 'strCourtApplnDecDesc' },
  { name: 'tblLookUp_Appln', code: 'strcode', description: 'strdescription' },
  { name: 'tblLanguage', code: 'strCode', description: 'strDescription' },
  { name: 'tblLookupJudge', code: 'JUDGE_CODE', description: 'JUDGE_NAME' },
  { name: 'tblLookupCustodyStatus', code: 'strCode', description: 'strDescription' },
  { name: 'tblLookupSex', code: 'strcode', description: 'strDescription' },
  { name: 'tblLookup_CasePriority', code: 'strCode', description: 'strDescription' },
];

const CREATED_ON = '2004-01-01 00:00:00.000';

/** Writes every lookup table into `lookupDir`; returns the file names written. */
export function writeLookupTables(priors: Priors, lookupDir: string): string[] {
  const addresses = priors.baseCityAddresses();
  const written: string[] = [];
  for (const table of LOOKUP_TABLES) {
    const columns = priors.columnsOf(table.name);
    const at = (name: string): number => columns.indexOf(name);
    const writer = new TableWriter('\r\n');
    writer.write(columns.join('\t'));
    priors.lookup(table.name).forEach((entry, index) => {
      const row = new Array<string>(columns.length).fill('');
      row[0] = String(index + 1);
      row[at(table.code)] = entry.value;
      row[at(table.description)] = entry.description;
      for (const [name, value] of [
        ['blnActive', '1'],
        ['datCreatedOn', CREATED_ON],
        ['DATCREATEDON', CREATED_ON],
      ] as const) {
        if (at(name) >= 0) row[at(name)] = value;
      }
      if (table.name === 'tblLookupNationality') row[at('NAT_COUNTRY_NAME')] = entry.description;
      const address = table.name === 'tblLookupBaseCity' ? addresses.get(entry.value) : undefined;
      if (address) {
        row[at('BASE_CITY')] = address.city.toUpperCase();
        row[at('BASE_STATE')] = address.state;
        row[at('BASE_ST_ADDRESS')] = address.street;
      }
      writer.write(row.join('\t'));
    });
    writeFileSync(join(lookupDir, `${table.name}.csv`), writer.finish());
    written.push(`${table.name}.csv`);
  }
  return written;
}

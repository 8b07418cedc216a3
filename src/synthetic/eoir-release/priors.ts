// Loads the real-derived priors once: value frequencies, null rates, judges and courts from ./priors; the real
// headers (schema order) and the lookup tables from the importer's reference copy, so there is only one of each.
import { readFileSync } from 'node:fs';
import { WeightedSampler, type FieldPrior } from './sampler.ts';

/** The six core tables the model reads, in the order the generator writes them. */
export const CORE_TABLES = [
  'A_TblCase',
  'B_TblProceeding',
  'tbl_schedule',
  'A_TblCaseIdentifier',
  'tbl_RepsAssigned',
  'tbl_Court_Appln',
] as const;

/** A core table's file base name. */
export type CoreTable = (typeof CORE_TABLES)[number];

/** A lookup row as the reference copy holds it: code and description. */
export interface LookupRow {
  readonly value: string;
  readonly description: string;
}

/** Codes below this share are one-off garbage in the real release (a date in DEC_CODE); the generator skips them. */
const MIN_SHARE = 1e-4;

const priorsDir = new URL('./priors/', import.meta.url);
const referenceDir = new URL('../../server/analytics/eoir/reference/', import.meta.url);

function readTsv(name: string): string[][] {
  const text = readFileSync(new URL(name, priorsDir), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

/** The data rows of a reference CSV file (RFC 4180: comma-separated, double-quoted fields with "" for a quote). */
function readReferenceCsv(path: string): string[][] {
  const text = readFileSync(new URL(path, referenceDir), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.slice(1).filter((cells) => cells.length > 1 || cells[0] !== '');
}

/** The real-derived reference data the generator draws from. */
export class Priors {
  private readonly columns = new Map<string, string[]>();
  private readonly frequencies = new Map<string, [string, number][]>();
  private readonly missing = new Map<string, number>();
  private readonly lookups = new Map<string, LookupRow[]>();

  constructor() {
    for (const [, column = '', table = ''] of readReferenceCsv(
      'schema/eoir_variable_types_from_EOIRDB_Schema.csv',
    )) {
      const list = this.columns.get(table) ?? [];
      list.push(column);
      this.columns.set(table, list);
    }
    for (const [table, field, value = '', share = '0'] of readTsv('value-frequencies.tsv')) {
      const key = `${table}.${field}`;
      const list = this.frequencies.get(key) ?? [];
      list.push([value, Number(share)]);
      this.frequencies.set(key, list);
    }
    for (const [table, field, share = '0'] of readTsv('missingness.tsv'))
      this.missing.set(`${table}.${field}`, Number(share));
  }

  /** A table's columns in the schema file's order (its real header). */
  columnsOf(table: string): string[] {
    const list = this.columns.get(table);
    if (!list) throw new Error(`no schema columns for ${table}`);
    return [...list];
  }

  /** The real null share of a field, or the fallback when the stats do not have it. */
  missingShare(table: string, field: string, fallback = 0): number {
    return this.missing.get(`${table}.${field}`) ?? fallback;
  }

  /** The field's real value distribution (codes under 0.01% dropped) with its real null share. */
  field(table: string, field: string, minShare = MIN_SHARE): FieldPrior {
    const entries = (this.frequencies.get(`${table}.${field}`) ?? []).filter(
      ([, share]) => share >= minShare,
    );
    if (entries.length === 0) throw new Error(`no value frequencies for ${table}.${field}`);
    return { missingShare: this.missingShare(table, field), sampler: new WeightedSampler(entries) };
  }

  /** A lookup table of the reference copy (value, description), in its order. */
  lookup(name: string): LookupRow[] {
    let rows = this.lookups.get(name);
    if (!rows) {
      rows = readReferenceCsv(`lookups/${name}.csv`).map(([value = '', description = '']) => ({
        value,
        description,
      }));
      this.lookups.set(name, rows);
    }
    return rows;
  }

  /** Judge codes that sat at each base city (tblLookupJudgeBaseCity joined to tblLookupJudge by name). */
  judgesByBaseCity(): Map<string, string[]> {
    return new Map(
      readTsv('judges-by-base-city.tsv').map(([base = '', codes = '']) => [base, codes.split(',')]),
    );
  }

  /** Court addresses: code, name, city, state, street (from the courts list). */
  baseCityAddresses(): Map<string, { name: string; city: string; state: string; street: string }> {
    return new Map(
      readTsv('base-cities.tsv').map(([code = '', name = '', city = '', state = '', street = '']) => [
        code,
        { name, city, state, street },
      ]),
    );
  }
}

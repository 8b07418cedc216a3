// The release's column types, read from the reference schema shipped in ../reference/schema: EOIR's own table
// schema (String / Numeric / Date / Boolean per table and column, in header order) refined by the field dictionary's
// SQL types (varchar lengths). The importer uses them only to realign rows broken by a stray tab.
import { readFileSync } from 'node:fs';

/** What a field may hold: `maxLength` bounds text (SQL varchar(n)); null means unbounded. */
export interface FieldType {
  readonly kind: 'numeric' | 'date' | 'boolean' | 'text';
  readonly maxLength: number | null;
}

/** One table of the schema: its columns in header order. */
export interface SchemaTable {
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: FieldType }[];
}

/** The whole reference schema, looked up case-insensitively. */
export interface EoirSchema {
  findTable(name: string): SchemaTable | undefined;
  /** The type of a column of a table, falling back to the field dictionary by column name, then to text. */
  typeOf(table: string, column: string): FieldType;
}

const UNBOUNDED_TEXT: FieldType = { kind: 'text', maxLength: null };
const SCHEMA_DIR = new URL('../reference/schema/', import.meta.url);

let cached: EoirSchema | undefined;

/** Loads (once) the schema from the reference files in the repository. */
export function loadEoirSchema(): EoirSchema {
  cached ??= parseSchema(
    readFileSync(new URL('eoir_variable_types_from_EOIRDB_Schema.csv', SCHEMA_DIR), 'utf8'),
    readFileSync(new URL('eoir_column_definitions_marrowb.json', SCHEMA_DIR), 'utf8'),
  );
  return cached;
}

/** Builds the schema from the two reference texts (exported for tests). */
export function parseSchema(typesCsv: string, dictionaryJson: string): EoirSchema {
  const dictionary = new Map<string, FieldType>();
  // The dictionary was written by Python and says NaN where a field has no description.
  const parsed = JSON.parse(dictionaryJson.replace(/:\s*NaN\b/g, ': null')) as Record<string, unknown>;
  for (const [column, description] of Object.entries(parsed)) {
    if (typeof description !== 'string') continue;
    const type = fromSqlType(description.split('type:').pop()?.trim() ?? '');
    if (type) dictionary.set(column.toLowerCase(), type);
  }
  // Older releases' GENDER is the same field as Sex.
  const gender = dictionary.get('gender');
  if (gender && !dictionary.has('sex')) dictionary.set('sex', gender);

  const tables = new Map<string, { name: string; columns: { name: string; type: FieldType }[] }>();
  for (const line of typesCsv.split(/\r?\n/).slice(1)) {
    const [kind, column, table] = line.split(',');
    if (!kind || !column || !table) continue;
    const key = table.toLowerCase();
    const entry = tables.get(key) ?? { name: table, columns: [] };
    entry.columns.push({ name: column, type: fromSchemaKind(kind, dictionary.get(column.toLowerCase())) });
    tables.set(key, entry);
  }
  return {
    findTable: (name) => tables.get(name.toLowerCase()),
    typeOf(table, column) {
      const known = tables
        .get(table.toLowerCase())
        ?.columns.find((c) => c.name.toLowerCase() === column.toLowerCase());
      return known?.type ?? dictionary.get(column.toLowerCase()) ?? UNBOUNDED_TEXT;
    },
  };
}

function fromSchemaKind(kind: string, refined: FieldType | undefined): FieldType {
  switch (kind) {
    case 'Numeric':
      return { kind: 'numeric', maxLength: null };
    case 'Date':
      return { kind: 'date', maxLength: null };
    case 'Boolean':
      return { kind: 'boolean', maxLength: null };
    default:
      return refined?.kind === 'text' ? refined : UNBOUNDED_TEXT;
  }
}

function fromSqlType(sqlType: string): FieldType | undefined {
  const lower = sqlType.toLowerCase();
  const sized = /^(?:n?var)?n?char\((\d+)\)$/.exec(lower);
  if (sized) return { kind: 'text', maxLength: Number(sized[1]) };
  if (lower === 'uniqueidentifier') return { kind: 'text', maxLength: 38 };
  if (lower === 'int' || lower === 'bigint' || lower === 'smallint')
    return { kind: 'numeric', maxLength: null };
  if (lower === 'datetime' || lower === 'date') return { kind: 'date', maxLength: null };
  if (lower === 'bit') return { kind: 'boolean', maxLength: null };
  return undefined;
}

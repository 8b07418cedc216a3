// The whitelist of crosstab dimensions over eoir_model.cases: the only column names that ever reach SQL text.
import { OUTCOMES } from '../model/counting-rules.ts';

/** How a dimension's values are stored and typed by users. */
export type DimensionKind = 'yes_no' | 'year' | 'outcome' | 'code';

/** One dimension: its model column and how its values read. */
export interface Dimension {
  readonly name: string;
  readonly column: string;
  readonly kind: DimensionKind;
}

/** Every dimension a crosstab may use, in the order help texts list them. */
export const DIMENSIONS = [
  { name: 'mpp', column: 'mpp', kind: 'yes_no' },
  { name: 'outcome', column: 'outcome', kind: 'outcome' },
  { name: 'fiscal_year', column: 'fiscal_year', kind: 'year' },
  { name: 'nationality', column: 'nationality', kind: 'code' },
  { name: 'court', column: 'court', kind: 'code' },
  { name: 'hearing_location', column: 'hearing_location', kind: 'code' },
  { name: 'language', column: 'language', kind: 'code' },
  { name: 'custody', column: 'custody', kind: 'code' },
  { name: 'sex', column: 'sex', kind: 'code' },
  { name: 'represented', column: 'represented', kind: 'yes_no' },
] as const satisfies readonly Dimension[];

/** A dimension name. */
export type DimensionName = (typeof DIMENSIONS)[number]['name'];

/** The label shown for a NULL value (and accepted in --where to select them). */
export const MISSING_LABEL = '(missing)';

/** The dimension names, comma-separated, for messages. */
export const DIMENSION_NAMES = DIMENSIONS.map((dimension) => dimension.name).join(', ');

/** Finds a dimension by name (exact, lower case), or undefined. */
export function findDimension(name: string): Dimension | undefined {
  return DIMENSIONS.find((dimension) => dimension.name === name);
}

/** The SQL expression that yields a dimension's value as text ('yes'/'no', the year, the code), NULL when missing. */
export function dimensionLabelSql(dimension: Dimension): string {
  switch (dimension.kind) {
    case 'yes_no':
      return `(CASE WHEN ${dimension.column} THEN 'yes' WHEN NOT ${dimension.column} THEN 'no' END)`;
    case 'year':
      return `CAST(${dimension.column} AS VARCHAR)`;
    case 'outcome':
    case 'code':
      return dimension.column;
  }
}

/** The values a closed dimension accepts (undefined for open code lists such as nationality). */
export function closedValues(dimension: Dimension): readonly string[] | undefined {
  switch (dimension.kind) {
    case 'yes_no':
      return ['yes', 'no'];
    case 'outcome':
      return OUTCOMES;
    case 'year':
    case 'code':
      return undefined;
  }
}

const DIGITS = /^\d+$/;

/** Orders dimension labels: all-digit labels (years) numerically, other text by code point, the missing label last. */
export function compareLabels(a: string, b: string): number {
  if (a === b) return 0;
  if (a === MISSING_LABEL) return 1;
  if (b === MISSING_LABEL) return -1;
  if (a.length !== b.length && DIGITS.test(a) && DIGITS.test(b))
    return Number(a) - Number(b) || a.length - b.length;
  return a < b ? -1 : 1;
}

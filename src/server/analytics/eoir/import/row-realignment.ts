// Type-guided repair of a row broken by stray tabs: try every way of joining adjacent fields back with a tab and
// keep the row only if exactly one way makes every field fit its column (dates parse as dates, numbers as numbers,
// codes fit their varchar length). Short rows are padded with NULLs when the fields present fit their columns.
import type { FieldType } from './eoir-schema.ts';

/** The most stray tabs one row may carry and still be realigned (the search grows combinatorially). */
export const MAX_STRAY_TABS = 3;

const NUMBER = /^ *[+-]?(?:\d+(?:\.\d*)?|\.\d+) *$/;
// ISO date-times as EOIR writes them, and the US forms seen in birth dates (M/YYYY) and older extracts.
const DATE =
  /^ *(?:\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)?|\d{1,2}\/(?:\d{1,2}\/)?\d{4}(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?) *$/i;

/** Whether a verbatim value can belong to a column of this type (an empty value, i.e. NULL, always can). */
export function fitsField(value: string, type: FieldType): boolean {
  if (value === '') return true;
  switch (type.kind) {
    case 'numeric':
      return NUMBER.test(value);
    case 'date':
      return DATE.test(value);
    case 'boolean':
      return !value.includes('\t') && value.trim().length <= 5;
    case 'text':
      // Trailing spaces pad codes ('SP ') and do not count against the varchar length.
      return type.maxLength === null || value.replace(/ +$/, '').length <= type.maxLength;
  }
}

/** The outcome of trying to fit a row's fields to the columns. */
export type Realignment =
  { kind: 'fits'; values: string[]; joined: string[] } | { kind: 'rejected'; reason: string };

/**
 * Realigns `fields` (more than `columns.length`) by joining adjacent fields with a tab. `joined` names the columns
 * that received a joined value. Rejects when no join or more than one join fits.
 */
export function realignExtraFields(
  fields: readonly string[],
  columns: readonly { name: string; type: FieldType }[],
): Realignment {
  const strayTabs = fields.length - columns.length;
  if (strayTabs > MAX_STRAY_TABS) {
    return {
      kind: 'rejected',
      reason: `${fields.length} fields where ${columns.length} are expected: too many stray tabs to realign`,
    };
  }
  const solutions: { values: string[]; joined: string[] }[] = [];
  const values: string[] = [];
  const joined: string[] = [];
  const search = (column: number, field: number, extraLeft: number): void => {
    if (solutions.length > 1) return;
    if (column === columns.length) {
      if (extraLeft === 0) solutions.push({ values: [...values], joined: [...joined] });
      return;
    }
    const { name, type } = columns[column]!;
    for (let take = 1; take <= 1 + extraLeft; take++) {
      const value = fields.slice(field, field + take).join('\t');
      if (!fitsField(value, type)) continue;
      values.push(value);
      if (take > 1) joined.push(name);
      search(column + 1, field + take, extraLeft - (take - 1));
      values.pop();
      if (take > 1) joined.pop();
    }
  };
  search(0, 0, strayTabs);
  const [first, second] = solutions;
  if (!first) {
    return {
      kind: 'rejected',
      reason: `extra field: ${fields.length} fields where ${columns.length} are expected, and no way of joining them fits the column types`,
    };
  }
  if (second) {
    return {
      kind: 'rejected',
      reason: `extra field: ambiguous, the stray tab could belong to ${first.joined.join('+')} or to ${second.joined.join('+')}`,
    };
  }
  return { kind: 'fits', ...first };
}

/** Pads a short row with empty (NULL) trailing values when every field present fits its column. */
export function padShortRow(
  fields: readonly string[],
  columns: readonly { name: string; type: FieldType }[],
): Realignment {
  const misfit = fields.findIndex((value, index) => !fitsField(value, columns[index]!.type));
  if (misfit >= 0) {
    return {
      kind: 'rejected',
      reason: `short row: ${fields.length} fields where ${columns.length} are expected, and ${JSON.stringify(fields[misfit])} does not fit ${columns[misfit]!.name}`,
    };
  }
  return {
    kind: 'fits',
    values: [...fields, ...Array<string>(columns.length - fields.length).fill('')],
    joined: [],
  };
}

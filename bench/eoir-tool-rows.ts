// The row handling of the PyPI `eoir` tool (github.com/marrowb/eoir, src/eoir/core/csv.py `CleanCsv.csv_gen` and
// `clean_row`), ported line for line so the PostgreSQL baseline loses and alters the same rows the tool does: it
// drops rows whose first field is "null-like", pads short rows, tries to shift long rows back by dropping a
// null-like field before the first value of the wrong type (else drops them, or cuts their extra fields when those
// are null-like), strips every value, turns null-like values ('', 'N/A', 'b6', '0', '00', ...) into \N, invalid
// dates/times/integers into \N, and removes '|' (its COPY delimiter). Column types are the tool's own
// (metadata/foia_tables.sql) by position; its per-column regex and lookup checks are not public, so long rows are
// judged on dates, times and integers only.

/** A column type as the tool's table DDL gives it: integer, timestamp, time, or text (anything else). */
export type ToolType = 'i' | 'd' | 't' | 's';

/** The tool's column types for our core tables, by position (foia_case, foia_proceeding, ... in foia_tables.sql). */
export const TOOL_TYPES: Readonly<Record<string, string>> = {
  A_TblCase: 'isssssssssdsssdtsdsssssdssdsdssddsdssss',
  B_TblProceeding: 'iiddsssdssssdtsssssssdsdsdssssssssssdd',
  tbl_schedule: 'iiidiissssssdtdtssdttsssiissss',
  A_TblCaseIdentifier: 'iis',
  tbl_RepsAssigned: 'iisssisddds',
  tbl_Court_Appln: 'iiisds',
};

/** Why the tool left a row out of its COPY. */
export type ToolDrop = 'empty_pk' | 'long_row';

// Python's str.isspace() over the Latin-1 range (the tool decodes latin-1).
const PY_SPACE = new Set([9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x85, 0xa0]);
const isPySpace = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) if (!PY_SPACE.has(value.charCodeAt(i))) return false;
  return value.length > 0;
};

function pyStrip(value: string, isTarget: (code: number) => boolean): string {
  let start = 0;
  let end = value.length;
  while (start < end && isTarget(value.charCodeAt(start))) start++;
  while (end > start && isTarget(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/** `CleanCsv.is_nul_like`. */
export function isNulLike(value: string): boolean {
  if (value === '' || value === 'b6' || value === 'N/A' || value === 'A.2.a') return true;
  if (isPySpace(value)) return true;
  return /^\?+$/.test(value) || /^0+$/.test(value);
}

const cleanValue = (value: string): string =>
  pyStrip(
    pyStrip(value, (code) => code === 92),
    (code) => PY_SPACE.has(code),
  );

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// datetime.fromisoformat (Python 3.11+) on the shapes EOIR dates take.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T]([01]\d|2[0-3])(?::([0-5]\d)(?::([0-5]\d)(?:\.\d{3}|\.\d{6})?)?)?)?$/;
const isTimestamp = (value: string): boolean => {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (month === 2 && !isLeap ? 28 : DAYS[month - 1]!)
  );
};
const TIME = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{3}|\.\d{6})?)?$/;

/** `convert_timestamp` / `convert_time` / `convert_integer`: the value, or null where the tool writes \N. */
function convert(type: ToolType, value: string): string | null {
  switch (type) {
    case 'd':
      return isTimestamp(value) ? value : null;
    case 't': {
      const padded = value.length === 4 && value.includes(':') ? `0${value}`.replace(':', '') : value;
      return TIME.test(`${padded.slice(0, 2)}:${padded.slice(2)}`) ? padded : null;
    }
    case 'i': {
      const digits = value.replaceAll('O', '0');
      return /^[+-]?\d+(?:_\d+)*$/.test(digits) ? digits : null;
    }
    case 's':
      return value;
  }
}

/** `get_bad_values`: positions of typed values that do not parse; undefined when the row is not longer than the types. */
function badValues(row: readonly string[], types: string): number[] | undefined {
  const bad: number[] = [];
  for (let i = 0; i < row.length; i++) {
    if (i >= types.length) return bad; // the tool's IndexError: only long rows return a list
    const value = cleanValue(row[i]!);
    if (isNulLike(value)) continue;
    const type = types[i] as ToolType;
    if (type !== 's' && convert(type, value) === null) bad.push(i);
  }
  return undefined;
}

/** `shift_values`: drop null-like fields left of a bad value until the row types check, or give up (undefined). */
function shiftValues(row: readonly string[], types: string): string[] | undefined {
  for (const index of badValues(row, types) ?? []) {
    const copy = [...row];
    for (let i = index; i > 0; i--) {
      if (isNulLike(row[i]!)) copy.splice(i, 1);
      const remaining = badValues(copy, types);
      if (remaining === undefined || remaining.length === 0) return copy;
    }
  }
  return undefined;
}

/** `remove_extra_cols`: the row cut to the header's width, or undefined when a cut field holds a value. */
const removeExtraColumns = (row: readonly string[], width: number): string[] | undefined =>
  row.slice(width).every(isNulLike) ? row.slice(0, width) : undefined;

/** `clean_row`: the COPY line (`|`-delimited, `\N` for null, newline-terminated). */
function cleanRow(row: readonly string[], types: string): string {
  const out = row.map((raw, i) => {
    const value = cleanValue(raw);
    if (isNulLike(value)) return '\\N';
    const type = (types[i] ?? 's') as ToolType;
    return type === 's' ? value.replaceAll('|', '') : (convert(type, value) ?? '\\N');
  });
  return `${out.join('|')}\n`;
}

/** One data row (already split on tabs) as the tool would COPY it, or why it would not. */
export function toolCopyLine(row: readonly string[], types: string): { line: string } | { drop: ToolDrop } {
  if (isNulLike(row[0] ?? '')) return { drop: 'empty_pk' };
  const width = types.length;
  let fitted: readonly string[] | undefined = row;
  if (row.length > width) {
    const bad = badValues(row, types) ?? [];
    if (bad.length > 0) {
      const shifted = shiftValues(row, types);
      // The tool's `remove_extra_cols(None)` raises and its handler skips the row; a shift that is still long
      // and keeps a value past the header raises the same way.
      fitted = shifted === undefined ? undefined : removeExtraColumns(shifted, width);
    } else fitted = removeExtraColumns(row, width);
  } else if (row.length < width) fitted = [...row, ...Array<string>(width - row.length).fill('')];
  if (fitted === undefined) return { drop: 'long_row' };
  const line = cleanRow(fitted, types);
  // `csv_gen_pk`: a first value that cleaned to null is dropped as well.
  return line.startsWith('\\N|') ? { drop: 'empty_pk' } : { line };
}

// Field- and row-level defect injection shared by the row builders; every injection is logged with its line.
import { SENTINEL_DATE } from './dates.ts';
import type { GenerationContext } from './generation-context.ts';
import type { CoreTable } from './priors.ts';

/** A code, sometimes padded with a trailing space as char(n) columns come out ('SP ', 'RMV '). */
export function maybePadded(
  context: GenerationContext,
  table: CoreTable,
  column: string,
  code: string,
): string {
  if (code === '' || !context.random.chance(context.options.quirks.paddedCode)) return code;
  context.defects.add(table, context.writers[table].nextLine, 'padded_code', column);
  return `${code} `;
}

/** A date, sometimes replaced by the 1900-01-01 sentinel. */
export function maybeSentinel(
  context: GenerationContext,
  table: CoreTable,
  column: string,
  date: string,
): string {
  if (date === '' || !context.random.chance(context.options.quirks.sentinelDate)) return date;
  context.defects.add(table, context.writers[table].nextLine, 'sentinel_date', column);
  return SENTINEL_DATE;
}

/** A text value, sometimes with a NUL byte inside it (or as the whole value when it is empty). */
export function maybeNul(context: GenerationContext, table: CoreTable, column: string, text: string): string {
  if (!context.random.chance(context.options.quirks.nulByte)) return text;
  context.defects.add(table, context.writers[table].nextLine, 'nul_byte', column);
  const at = context.random.int(text.length + 1);
  return `${text.slice(0, at)}\u0000${text.slice(at)}`;
}

/** Writes a row, sometimes cut short by 1–3 trailing fields (columns no model rule reads); returns its line. */
export function emitRow(context: GenerationContext, table: CoreTable, row: string[]): number {
  const writer = context.writers[table];
  const line = writer.nextLine;
  if (
    table !== 'A_TblCaseIdentifier' &&
    table !== 'tbl_Court_Appln' &&
    context.random.chance(context.options.quirks.shortRow)
  ) {
    const missing = context.random.between(1, 3);
    context.defects.add(
      table,
      line,
      'short_row',
      context.columns[table][row.length - missing] ?? '',
      String(missing),
    );
    writer.write(row.slice(0, row.length - missing).join('\t'));
    return line;
  }
  writer.write(row.join('\t'));
  return line;
}

// Opaque cursors for keyset paging: the sort key of the last row a page showed, so the next page starts after it
// without an offset (pages stay fast however deep, and rows added meanwhile are neither skipped nor repeated).
import { fail, ok, type Result } from '../../domain/errors.ts';

/** Encodes the last row's sort key. */
export const encodeCursor = (key: readonly string[]): string =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/** Decodes a cursor of `size` strings (undefined when none was given), or a rejection naming the parameter. */
export function decodeCursor(cursor: string | undefined, size: number): Result<string[] | undefined> {
  if (cursor === undefined || cursor === '') return ok(undefined);
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === size && key.every((k) => typeof k === 'string')) return ok(key);
  } catch {
    // not JSON: answered below like any other foreign cursor
  }
  return fail(
    'VALIDATION_FAILED',
    'The cursor is not one this list gave out; start again without it, then pass each page\u2019s nextCursor.',
    { field: 'cursor' },
  );
}

/** A page of a list: its items and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cuts a page from rows fetched with one extra row (limit + 1), which tells whether there is a next page. */
export function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  key: (row: R) => string[],
  item: (row: R) => T,
): Page<T> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(item),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(key(last)) : null,
  };
}

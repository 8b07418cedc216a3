// Keyset paging for every list of the API: the cursor is the sort key of the last item shown, opaque to clients
// (base64url JSON), so a page never skips or repeats a row when rows are added meanwhile.
import { AppError } from '../../domain/errors.ts';

/** The largest page a list returns, and its default. */
export const PAGE_LIMITS = { default: 50, max: 200 } as const;

/** Encodes the sort key of the last item of a page. */
export const encodeCursor = (key: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** Decodes a cursor into a key of `size` parts of the given kinds; a cursor that is not one of ours is a 400. */
export function decodeCursor<K extends readonly ('string' | 'number')[]>(
  cursor: string | undefined,
  kinds: K,
): { [I in keyof K]: K[I] extends 'number' ? number : string } | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== kinds.length ||
    key.some((part, i) => typeof part !== kinds[i] || (typeof part === 'number' && !Number.isFinite(part)))
  )
    throw new AppError(
      'VALIDATION_FAILED',
      'The cursor is not one this list gave out: pass the nextCursor of the previous page unchanged, or none for the first page.',
      { issues: [{ in: 'query', field: 'cursor', message: 'Not a cursor of this list.' }] },
    );
  return key as { [I in keyof K]: K[I] extends 'number' ? number : string };
}

/** Cuts a page read with `limit + 1` rows: the items to show, and the cursor of the next page if there is one. */
export function pageOf<T>(
  rows: readonly T[],
  limit: number,
  keyOf: (last: T) => readonly (string | number)[],
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

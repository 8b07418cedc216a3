// The query parameters and response shape every paged list shares.
import { z } from '@hono/zod-openapi';
import { PAGE_LIMITS } from './keyset-cursor.ts';

/** `limit` (1-200, default 50) and `cursor` (the previous page's nextCursor). */
export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMITS.max)
    .default(PAGE_LIMITS.default)
    .openapi({ description: `Items per page (1-${PAGE_LIMITS.max}, default ${PAGE_LIMITS.default}).` }),
  cursor: z
    .string()
    .max(1000)
    .optional()
    .openapi({ description: 'The nextCursor of the previous page; none for the first page.' }),
};

/** The query of a list that takes nothing but paging. */
export const PageQuerySchema = z.object(pageQuery);

/** A page of items and the cursor of the next page (null on the last). */
export const pageSchema = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: 'Pass as `cursor` for the next page; null when this is the last.' }),
    })
    .openapi(name);

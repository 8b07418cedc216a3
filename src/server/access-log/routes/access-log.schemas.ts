// The shapes of the access-log route.
import { z } from '@hono/zod-openapi';
import { pageQuery, pageSchema } from '../../paging/page.schemas.ts';

/** One access: who read what, when, on which basis and for which stated purpose. */
export const AccessLogEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    user: z.object({ id: z.string(), name: z.string() }),
    action: z.enum(['read', 'search', 'export']),
    subject: z.string().openapi({ description: 'What was read: case, screening, dissent, access-log...' }),
    caseId: z.string().nullable(),
    subjectId: z.string().nullable().openapi({ description: 'The record read when it is not a case.' }),
    basis: z.string().openapi({ description: 'The need-to-know basis the policy granted the access on.' }),
    purpose: z.string(),
  })
  .openapi('AccessLogEntry');

/** A page of the log. */
export const AccessLogPageSchema = pageSchema(AccessLogEntrySchema, 'AccessLogPage');

/** Filters of the log. */
export const AccessLogQuerySchema = z.object({
  caseId: z.string().min(1).max(100).optional().openapi({ description: 'Only accesses of this case.' }),
  userId: z.string().min(1).max(100).optional().openapi({ description: 'Only accesses by this user.' }),
  action: z.enum(['read', 'search', 'export']).optional(),
  ...pageQuery,
});

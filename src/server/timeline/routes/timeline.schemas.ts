// The shapes of the case timeline.
import { z } from '@hono/zod-openapi';
import { pageQuery, pageSchema } from '../../paging/page.schemas.ts';

/** One ledger event of the case, as the reader may see it. */
export const TimelineEntrySchema = z
  .object({
    seq: z.number().int().openapi({ description: 'The event\u2019s position in the ledger.' }),
    id: z.string(),
    type: z.string().openapi({ example: 'screening.assigned' }),
    occurredAt: z.string(),
    actor: z.object({ id: z.string(), name: z.string(), role: z.string() }),
    payload: z.record(z.string(), z.unknown()).openapi({
      description:
        'What the event records; fields the reader may not know are replaced by a "[withheld: ...]" marker.',
    }),
    withheld: z
      .array(z.string())
      .openapi({ description: 'The payload fields replaced by a marker for this reader.' }),
    hash: z.string().openapi({ description: 'SHA-256 (hex) of the event, chained to the previous one.' }),
    prevHash: z.string(),
    signature: z.string().openapi({ description: 'Ed25519 signature (base64) of the hash by the actor.' }),
    signatureVerifies: z.boolean().openapi({
      description:
        "The event's content hashes to its stored hash and the signature verifies with the key the ledger registered for the actor.",
    }),
  })
  .openapi('TimelineEntry');

/** A page of the timeline. */
export const TimelinePageSchema = pageSchema(TimelineEntrySchema, 'TimelinePage');

/** The case named in the path. */
export const CaseParamSchema = z.object({
  caseId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'caseId', in: 'path' } }),
});

/** Paging of the timeline, oldest event first. */
export const TimelineQuerySchema = z.object(pageQuery);

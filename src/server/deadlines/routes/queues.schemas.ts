// The shapes of the queue routes: a page of screenings, each with its case, deadlines evaluated now, how pressing it
// is and how many open flags its case has.
import { z } from '@hono/zod-openapi';
import { SCREENING_KINDS } from '../../../domain/screenings/legal-standard.ts';
import { SCREENING_STATUSES } from '../../../domain/screenings/screening.ts';
import { PageQuerySchema, pageSchema } from '../../paging/page.schemas.ts';
import { ScreeningDeadlineSchema } from '../../screenings/routes/screenings.schemas.ts';
import { QUEUE_BUCKETS } from '../queue.service.ts';

/** Which bucket of the office's queue, and which page. */
export const OfficeQueueQuerySchema = PageQuerySchema.extend({
  bucket: z.enum(QUEUE_BUCKETS).default('unassigned').openapi({
    description:
      'unassigned: waiting for an officer; assigned: with an officer, before the determination; awaiting_review: decided, waiting for a supervisor; due_soon: a time limit falls within 48 hours; overdue: a time limit has passed.',
  }),
});

/** A screening in a queue. */
export const QueueItemSchema = z
  .object({
    caseId: z.string(),
    screening: z.object({
      id: z.string(),
      kind: z.enum(SCREENING_KINDS),
      status: z.enum(SCREENING_STATUSES),
      office: z.string(),
      referredAt: z.string(),
      interviewAt: z.string().nullable(),
      officer: z.object({ id: z.string(), name: z.string() }).nullable(),
      result: z
        .enum(['positive', 'negative'])
        .nullable()
        .openapi({ description: 'The latest determination, if any.' }),
    }),
    deadlines: z.array(ScreeningDeadlineSchema).openapi({ description: 'Its deadlines, evaluated now.' }),
    urgency: z.enum(['overdue', 'due_soon', 'none']).openapi({
      description: 'overdue: a time limit still to be met has passed; due_soon: one falls within 48 hours.',
    }),
    openFlags: z.number().int().openapi({ description: "Open consistency flags on the screening's case." }),
  })
  .openapi('QueueItem');

/** A page of a queue. */
export const QueuePageSchema = pageSchema(QueueItemSchema, 'QueuePage');

// The shapes of the policy dissent routes.
import { z } from '@hono/zod-openapi';
import { DISSENT_LIMITS } from '../../../domain/dissent/dissent.ts';
import { pageQuery, pageSchema } from '../../paging/page.schemas.ts';

/** The largest base64 text of one attachment (2 MiB decoded). */
export const MAX_ATTACHMENT_BASE64 = Math.ceil(DISSENT_LIMITS.attachmentBytes / 3) * 4;

/** The body limit of filing: three full attachments in base64, and the text with every character escaped. */
export const DISSENT_BODY_LIMIT_BYTES = 9 * 1024 * 1024;

const person = z.object({ id: z.string(), name: z.string() });

/** An attachment to upload: its name, media type and bytes in base64. */
export const AttachmentUploadSchema = z
  .strictObject({
    fileName: z.string().trim().min(1).max(DISSENT_LIMITS.fileNameChars).openapi({ example: 'memo.pdf' }),
    mediaType: z.string().min(3).max(DISSENT_LIMITS.mediaTypeChars).openapi({ example: 'application/pdf' }),
    contentBase64: z
      .string()
      .min(4, 'An attachment cannot be empty.')
      .max(MAX_ATTACHMENT_BASE64, 'An attachment is at most 2 MiB.')
      .refine(
        (s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s),
        'Base64 (RFC 4648), padded with = to a multiple of 4 characters, without line breaks.',
      )
      .openapi({ description: 'The file, base64-encoded; at most 2 MiB decoded.' }),
  })
  .openapi('AttachmentUpload');

/** A new dissent. */
export const NewDissentSchema = z
  .strictObject({
    policy: z.string().trim().min(1).max(DISSENT_LIMITS.policyChars).openapi({
      description: 'The policy or guidance document dissented from.',
      example: 'MPP Guiding Principles',
    }),
    text: z.string().trim().min(1).max(DISSENT_LIMITS.textChars),
    attachments: z.array(AttachmentUploadSchema).max(DISSENT_LIMITS.attachments).default([]),
  })
  .openapi('NewDissent');

/** A reviewer's written answer. */
export const DissentAnswerSchema = z
  .strictObject({ text: z.string().trim().min(1).max(DISSENT_LIMITS.textChars) })
  .openapi('DissentAnswerInput');

/** A dissent as a list shows it. */
export const DissentSummarySchema = z
  .object({
    id: z.string(),
    policy: z.string(),
    filer: person.openapi({
      description: 'Shown to the filer and the reviewers, the only ones who see a dissent.',
    }),
    filedAt: z.string(),
    dueAt: z.string().openapi({ description: 'The written answer is due 60 days after filing.' }),
    status: z.enum(['open', 'answered']),
    isOverdue: z.boolean().openapi({ description: 'Still open past its due date.' }),
    wasAnsweredLate: z.boolean(),
    answeredAt: z.string().nullable(),
    attachmentCount: z.number().int(),
  })
  .openapi('DissentSummary');

/** A dissent in full. */
export const DissentSchema = DissentSummarySchema.extend({
  text: z.string(),
  answer: z.object({ text: z.string(), at: z.string(), by: person }).nullable(),
  attachments: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int(),
      sha256: z
        .string()
        .openapi({ description: 'Hex SHA-256 of the bytes, also in the signed dissent.filed event.' }),
    }),
  ),
}).openapi('Dissent');

/** A page of dissents. */
export const DissentPageSchema = pageSchema(DissentSummarySchema, 'DissentPage');

/** Which list: the caller's own, or (reviewers) the queue. */
export const DissentListQuerySchema = z.object({
  view: z.enum(['mine', 'review']).default('mine').openapi({
    description: 'mine: dissents you filed, newest first. review (reviewers): the queue, oldest due first.',
  }),
  status: z
    .enum(['open', 'answered', 'all'])
    .optional()
    .openapi({ description: 'Default: all for mine, open for review.' }),
  ...pageQuery,
});

/** The path parameter naming a dissent. */
export const DissentParamSchema = z.object({
  dissentId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'dissentId', in: 'path' } }),
});

/** The path parameters naming an attachment of a dissent. */
export const AttachmentParamSchema = DissentParamSchema.extend({
  attachmentId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'attachmentId', in: 'path' } }),
});

const published = z.union([z.number().int(), z.literal('<10'), z.literal('x')]).openapi({
  description: 'A count; "<10" for 1 to 9; "x" withheld so that a small count cannot be derived.',
});
const measure = z.object({
  rows: z.array(z.object({ policy: z.string(), counts: z.array(published), total: published })),
  totals: z.array(published),
  total: published,
});

/** The dissent statistic. */
export const DissentStatisticsSchema = z
  .object({
    audience: z.enum(['public', 'analyst']),
    asOf: z.string(),
    months: z.array(z.string()).openapi({ description: 'YYYY-MM, the columns of every table.' }),
    filed: measure.openapi({ description: 'Dissents filed, by the month filed.' }),
    answered: measure.openapi({ description: 'Dissents answered, by the month answered.' }),
    overdue: measure.openapi({
      description:
        'Dissents not answered within 60 days (still open, or answered late), by the month the answer fell due.',
    }),
  })
  .openapi('DissentStatistics');

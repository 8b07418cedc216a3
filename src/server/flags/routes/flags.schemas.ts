// The shapes of the flag routes: an office's open flags with the record that raised each, and a supervisor's
// clearance with its recorded decision.
import { z } from '@hono/zod-openapi';
import { FLAG_KINDS } from '../../../domain/flags/consistency-flags.ts';
import { TRACKS } from '../../../domain/cases/case.ts';
import { SCREENING_KINDS } from '../../../domain/screenings/legal-standard.ts';
import { SCREENING_STATUSES } from '../../../domain/screenings/screening.ts';
import { pageQuery, pageSchema } from '../../paging/page.schemas.ts';

/** A flag in the path. */
export const FlagParamSchema = z.object({
  flagId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'flagId', in: 'path' }, description: "The flag's id." }),
});

/** Which flags, and which page. */
export const FlagsQuerySchema = z.object({
  status: z
    .enum(['open'])
    .default('open')
    .openapi({ description: 'Open flags (the ones waiting for a supervisor’s decision).' }),
  ...pageQuery,
});

/** Clearing a flag. */
export const FlagClearanceSchema = z
  .strictObject({
    decision: z.string().trim().min(1).max(4000).openapi({
      description: 'What was checked and what was done; the record keeps it with your signature.',
    }),
  })
  .openapi('FlagClearance');

/** The record a flag is about. */
export const FlaggedRecordSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('screening'),
      id: z.string(),
      kind: z.enum(SCREENING_KINDS),
      status: z.enum(SCREENING_STATUSES),
      officerId: z.string().nullable(),
      result: z.enum(['positive', 'negative']).nullable(),
    }),
    z.object({
      type: z.literal('return'),
      id: z.string(),
      at: z.string(),
      port: z.string(),
      hearingDate: z.string(),
      overrideReason: z.string().nullable(),
    }),
    z.object({ type: z.literal('case'), id: z.string(), track: z.enum(TRACKS), mppState: z.string() }),
  ])
  .openapi('FlaggedRecord');

/** A consistency flag. */
export const FlagSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    kind: z.enum(FLAG_KINDS),
    status: z.enum(['open', 'cleared']),
    reason: z.string(),
    raisedAt: z.string(),
    clearedAt: z.string().nullable(),
    clearedBy: z.string().nullable(),
    decision: z.string().nullable(),
  })
  .openapi('ConsistencyFlag');

/** An open flag of the office, with the record that raised it. */
export const OfficeFlagSchema = FlagSchema.extend({ record: FlaggedRecordSchema }).openapi('OfficeFlag');

/** A page of the office's open flags. */
export const OfficeFlagPageSchema = pageSchema(OfficeFlagSchema, 'OfficeFlagPage');

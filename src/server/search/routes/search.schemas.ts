// The shapes of the case search: its query (a purpose is required: every search is logged with it) and its page of
// case summaries.
import { z } from '@hono/zod-openapi';
import { TRACKS } from '../../../domain/cases/case.ts';
import { SCREENING_STATUSES } from '../../../domain/screenings/screening.ts';
import { aNumberField, lineText } from '../../cases/routes/field-schemas.ts';
import { pageQuery, pageSchema } from '../../paging/page.schemas.ts';

/** The search's query parameters. */
export const CaseSearchQuerySchema = z.object({
  aNumber: aNumberField.optional().openapi({ param: { name: 'aNumber', in: 'query' } }),
  name: lineText(
    100,
    'Words of the family or given name; each must appear in one of them (case and accents ignored).',
  )
    .optional()
    .openapi({ param: { name: 'name', in: 'query' } }),
  status: z
    .enum(['open', 'closed', ...SCREENING_STATUSES])
    .optional()
    .openapi({
      param: { name: 'status', in: 'query' },
      description: 'open or closed: the case status; a screening status: cases with a screening in it.',
    }),
  office: z
    .string()
    .regex(/^[A-Za-z0-9]{1,10}$/, 'An office code is up to 10 letters and digits, like HOU.')
    .optional()
    .openapi({ param: { name: 'office', in: 'query' }, description: 'The office that holds the case.' }),
  deadline: z
    .enum(['overdue', 'due_soon'])
    .optional()
    .openapi({
      param: { name: 'deadline', in: 'query' },
      description: 'Cases with a screening whose next time limit has passed, or falls within 48 hours.',
    }),
  track: z
    .enum(TRACKS)
    .optional()
    .openapi({ param: { name: 'track', in: 'query' } }),
  purpose: lineText(
    200,
    'Why you search: written to the access log with every case shown. Required.',
  ).openapi({
    param: { name: 'purpose', in: 'query' },
    example: 'preparing the credible fear interview',
  }),
  ...pageQuery,
});

/** A case in a list: summary fields only. */
export const CaseSummarySchema = z
  .object({
    id: z.string(),
    person: z.object({
      aNumber: z.string(),
      aNumberFormatted: z.string(),
      familyName: z.string(),
      givenName: z.string(),
    }),
    office: z.string(),
    track: z.enum(TRACKS),
    status: z.enum(['open', 'closed']),
    mppState: z.enum(['not_applicable', 'pending', 'enrolled', 'exempt', 'not_amenable']),
    openedAt: z.string(),
    nextDueAt: z
      .string()
      .nullable()
      .openapi({ description: "The soonest next time limit of the case's screenings." }),
    deadlineState: z.enum(['overdue', 'due_soon']).nullable(),
  })
  .openapi('CaseSummary');

/** A page of cases. */
export const CaseSearchPageSchema = pageSchema(CaseSummarySchema, 'CaseSearchPage');

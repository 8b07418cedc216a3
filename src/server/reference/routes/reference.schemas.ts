// The shapes of the reference lists forms offer: the MPP exemption reasons of a period.
import { z } from '@hono/zod-openapi';
import { MPP_EXEMPTION_REASONS } from '../../../domain/mpp/mpp-exemption.ts';
import { calendarDate } from '../../cases/routes/field-schemas.ts';

/** The date whose MPP period is asked for. */
export const MppExemptionsQuerySchema = z.object({
  at: calendarDate('The date the exemption is decided on: its MPP period fixes the list.').openapi({
    param: { name: 'at', in: 'query' },
  }),
});

/** The exemption reasons of one MPP period, with their labels. */
export const MppExemptionListSchema = z
  .object({
    term: z.enum(['2019', '2021']),
    from: z.string().openapi({ description: 'First day of the period (inclusive).' }),
    to: z.string().openapi({ description: 'Last day of the period (inclusive).' }),
    reasons: z.array(
      z.object({
        reason: z.enum(MPP_EXEMPTION_REASONS),
        label: z.string(),
        isVulnerableGroup: z.boolean().openapi({
          description:
            'Enrolling or returning such a person needs an override reason, and a return is flagged.',
        }),
      }),
    ),
  })
  .openapi('MppExemptionList');

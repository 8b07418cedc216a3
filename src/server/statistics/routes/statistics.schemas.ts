// The shapes of the statistics routes: the filters every office statistic takes, and the published figures.
import { z } from '@hono/zod-openapi';

/** The filters of an office statistic. */
export const OfficeStatisticsQuerySchema = z
  .strictObject({
    office: z
      .string()
      .min(1)
      .max(32)
      .regex(/^[A-Za-z0-9_.-]+$/, 'An office code: letters, digits, ".", "_" or "-".')
      .optional()
      .openapi({ description: 'Only this office (its code, e.g. ELP).', example: 'ELP' }),
    fiscalYear: z.coerce.number().int().min(2000).max(2100).optional().openapi({
      description: 'Only this fiscal year (October to September, named by the year in which it ends).',
      example: 2020,
    }),
  })
  .openapi('OfficeStatisticsQuery');

/** A published figure: a number, "<10" for a small count, "x" for a withheld one, or null for nothing to show. */
export const FigureValueSchema = z.union([z.number(), z.enum(['<10', 'x']), z.null()]).openapi('FigureValue');

/** An office statistic: a table of figures with its source, refresh time and counting definitions. */
export const OfficeStatisticsSchema = z
  .object({
    report: z.string().openapi({ example: 'screenings' }),
    title: z.string(),
    audience: z.enum(['public', 'analyst']).openapi({
      description:
        'public: small cells suppressed (1–9 shown as "<10", "x" where a figure is withheld so none can be worked out); analyst: exact counts.',
    }),
    parameters: z.object({ office: z.string().nullable(), fiscalYear: z.number().int().nullable() }),
    rowHeader: z.string(),
    columns: z.array(
      z.object({ label: z.string(), kind: z.enum(['count', 'percent', 'days']), isTotal: z.boolean() }),
    ),
    rows: z.array(
      z.object({
        label: z.string().openapi({ description: 'A month (YYYY-MM), a code, or "total".' }),
        isTotal: z.boolean(),
        values: z.array(FigureValueSchema),
      }),
    ),
    source: z.string().openapi({ example: 'Refuge office records' }),
    refreshedAt: z.string().openapi({
      description:
        'When the figures were found up to date with the office records: every act recorded before it is included.',
    }),
    definitions: z
      .array(z.string())
      .openapi({ description: 'How each figure is counted: print them beside it.' }),
  })
  .openapi('OfficeStatistics');

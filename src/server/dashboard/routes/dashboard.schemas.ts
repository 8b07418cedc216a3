// The shapes of the dashboard routes: the filters, a figure (codes with names, rates with their denominators, the
// source and the filters applied), and the filter choices.
import { z } from '@hono/zod-openapi';
import { FigureValueSchema } from '../../statistics/routes/statistics.schemas.ts';
import { DASHBOARD_FIGURE_NAMES, DASHBOARD_FILTERS } from '../dashboard-figures.ts';

/** The figure named in the path. */
export const DashboardFigureParamsSchema = z.strictObject({
  figure: z.enum(DASHBOARD_FIGURE_NAMES).openapi({
    param: { name: 'figure', in: 'path' },
    description: 'The figure: one per chart of the dashboard.',
    example: 'court-funnel',
  }),
});

const code = (what: string, pattern: RegExp, example: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.string().regex(pattern, `${what}: the court data's code, e.g. ${example}.`))
    .optional()
    .openapi({
      description: `Only this ${what.toLowerCase()} (the court data's code; see /api/v1/dashboard/filters).`,
      example,
    });

/** The dashboard's filters; a filter a figure's source cannot apply is listed under `filters.notApplied`. */
export const DashboardQuerySchema = z
  .strictObject({
    fiscalYear: z.coerce.number().int().min(2000).max(2100).optional().openapi({
      description: 'Only this fiscal year (October to September, named by the year in which it ends).',
      example: 2020,
    }),
    nationality: code('Nationality', /^[A-Z0-9?]{1,3}$/, 'HO'),
    court: code('Court', /^[A-Z0-9]{2,4}$/, 'ELP'),
  })
  .openapi('DashboardQuery');

const NamedCodeSchema = z
  .object({
    code: z.string(),
    name: z.string().nullable().openapi({ description: "The code's name from the release's lookup tables." }),
  })
  .openapi('NamedCode');

const FigureSourceSchema = z
  .object({
    kind: z.enum(['court', 'office']),
    name: z.string().openapi({ example: 'EOIR case-data release' }),
    release: z
      .string()
      .nullable()
      .openapi({ description: 'The court-data release label; null for our office.' }),
    isSynthetic: z.boolean().openapi({
      description:
        'Synthetic data (the demo office, or a generated court-data release): say so beside the figure.',
    }),
    importedAt: z.string().nullable().openapi({ description: 'When the court-data release was imported.' }),
    refreshedAt: z
      .string()
      .nullable()
      .openapi({ description: 'When our office figures were found up to date with the records.' }),
  })
  .openapi('FigureSource');

/** One dashboard figure. */
export const DashboardFigureSchema = z
  .object({
    figure: z.enum(DASHBOARD_FIGURE_NAMES),
    title: z.string(),
    audience: z.enum(['public', 'analyst']).openapi({
      description:
        'public: small cells suppressed (1–9 shown as "<10", "x" where a figure is withheld so none can be worked out); analyst: exact counts.',
    }),
    source: FigureSourceSchema,
    filters: z.object({
      applied: z.object({
        fiscalYear: z.number().int().nullable(),
        // A union, not .nullable(): a nullable reference would make the registered schema itself nullable.
        nationality: z.union([NamedCodeSchema, z.null()]),
        court: z.union([NamedCodeSchema, z.null()]),
      }),
      notApplied: z
        .array(z.object({ filter: z.enum(DASHBOARD_FILTERS), value: z.string(), reason: z.string() }))
        .openapi({
          description: 'Filters asked for that this source cannot apply, each with why: show them.',
        }),
    }),
    rowHeader: z.string(),
    columns: z.array(
      z.object({
        code: z
          .string()
          .nullable()
          .openapi({ description: 'The column value as stored; null for the total.' }),
        name: z.string(),
        kind: z.enum(['count', 'percent', 'days']),
        isTotal: z.boolean(),
      }),
    ),
    rows: z.array(
      z.object({
        code: z
          .string()
          .nullable()
          .openapi({ description: 'A month (YYYY-MM), a code or a stage; null for the total.' }),
        name: z.string(),
        isTotal: z.boolean(),
        values: z.array(FigureValueSchema),
      }),
    ),
    rates: z
      .array(
        z.object({
          column: z.string(),
          numerator: z.string(),
          denominator: z.string(),
          statement: z.string().openapi({ example: 'relief granted / completed cases' }),
        }),
      )
      .openapi({
        description: 'Each percent column and what it divides: print the statement beside the rate.',
      }),
    definitions: z
      .array(z.string())
      .openapi({ description: 'How each figure is counted: print them beside it.' }),
  })
  .openapi('DashboardFigure');

/** The filter values present in the data. */
export const DashboardFilterChoicesSchema = z
  .object({
    fiscalYears: z.object({ court: z.array(z.number().int()), office: z.array(z.number().int()) }),
    nationalities: z.array(NamedCodeSchema),
    courts: z.array(NamedCodeSchema),
    // Described on the object: a description on a nullable reference lands on the referenced schema itself.
    courtData: z.union([FigureSourceSchema, z.null()]),
  })
  .openapi('DashboardFilterChoices', {
    description: 'courtData: the imported court-data release; null before any.',
  });

// The shapes of a harm report after a return to Mexico: what is reported, and how the case file shows it.
import { z } from '@hono/zod-openapi';
import { HARM_KINDS, HARM_SOURCES } from '../../../domain/harm/harm-report.ts';
import { calendarDate, freeText, lineText } from '../../cases/routes/field-schemas.ts';

/** A report of harm suffered in Mexico after a return. */
export const HarmReportInputSchema = z
  .strictObject({
    kind: z.enum(HARM_KINDS),
    occurredOn: calendarDate(
      'When it happened, if known: not before the first return, not in the future.',
    ).nullable(),
    place: lineText(200, 'Where it happened.'),
    source: z.enum(HARM_SOURCES).openapi({ description: 'Who reported it.' }),
    description: freeText(4000, 'What happened, as reported.').optional(),
  })
  .openapi('HarmReportInput');

/** A harm report, linked to the return it followed. */
export const HarmReportSchema = z
  .object({
    id: z.string(),
    kind: z.enum(HARM_KINDS),
    occurredOn: z.string().nullable(),
    place: z.string(),
    source: z.enum(HARM_SOURCES),
    returnId: z.string().nullable().openapi({
      description: 'The return it followed: the latest one before the harm, when its date is known.',
    }),
    description: z.string(),
  })
  .openapi('HarmReport');

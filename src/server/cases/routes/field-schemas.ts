// The field shapes the intake, case-file, harm and search routes share: texts with a length limit and no control
// characters (a name or a place is one line; PostgreSQL cannot store a NUL at all), instants, dates, A-numbers.
import { z } from '@hono/zod-openapi';

// A JSON-Schema pattern (so the document and the fuzzer know it): one line, at least one visible character.
const ONE_LINE = '^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$';
// Free text: several lines and tabs allowed, other control characters not.
const FREE_TEXT = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$';

/** A required one-line text of at most `max` characters. */
export const lineText = (max: number, description: string) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(
      new RegExp(ONE_LINE),
      'Write it on one line, with at least one visible character and no control characters.',
    )
    .openapi({ description });

/** Free text (a note, a description, a reason) of at most `max` characters; may be several lines. */
export const freeText = (max: number, description: string) =>
  z
    .string()
    .max(max)
    .regex(new RegExp(FREE_TEXT), 'Remove the control characters from this text.')
    .openapi({ description });

/** An instant with its zone; the rules check that it is real and, for records of the past, not in the future. */
export const instant = (description: string) =>
  z.string().min(1).max(40).openapi({ description, format: 'date-time', example: '2019-07-20T15:00:00Z' });

/** A calendar date, YYYY-MM-DD. */
export const calendarDate = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give a date as YYYY-MM-DD.')
    .openapi({ description, format: 'date', example: '2019-10-15' });

/** An A-number as people write it: 8 or 9 digits, optionally with a leading A, spaces or dashes. */
export const aNumberField = z
  .string()
  .max(20)
  .regex(
    /^[Aa]?[ -]?(?:\d[ -]?){7,8}\d$/,
    'An A-number is 8 or 9 digits, optionally written with a leading A (A012-345-678).',
  )
  .refine((value) => /[1-9]/.test(value), 'An A-number cannot be all zeros.')
  .openapi({ description: 'The Alien Registration Number.', example: 'A200-000-001' });

/** A record id in the path. */
export const pathId = (name: string, param: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({
      param: { name: param, in: 'path' },
      description: `The ${name}'s id.`,
      example: '0f8fad5b-d9cb-469f-a165-70867728950e',
    });

/** A case in the path. */
export const CaseParamSchema = z.object({ caseId: pathId('case', 'caseId') });

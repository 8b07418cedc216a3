// The shapes of intake's requests: the encounter that opens a case, MPP enrolment or exemption, a return to Mexico
// and a fear claim. Bodies are strict: an unknown field is refused by name.
import { z } from '@hono/zod-openapi';
import { TRACKS } from '../../../domain/cases/case.ts';
import { MPP_EXEMPTION_REASONS } from '../../../domain/mpp/mpp-exemption.ts';
import { CaseSummarySchema } from '../../search/routes/search.schemas.ts';
import { CaseSchema, PersonSchema } from './case-file.schemas.ts';
import { aNumberField, calendarDate, freeText, instant, lineText } from './field-schemas.ts';

const overrideReason = freeText(
  1000,
  'Why the act goes ahead although the person is in an exempt or vulnerable group; the act is flagged for review.',
)
  .nullable()
  .optional();

/** The person met at the encounter. */
export const EncounterPersonSchema = z
  .strictObject({
    aNumber: aNumberField,
    familyName: lineText(100, 'Family name(s), as recorded.'),
    givenName: lineText(100, 'Given name(s), as recorded.'),
    nationality: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Nationality is a two-letter country code (ISO 3166-1), like HN.')
      .openapi({ description: 'ISO 3166-1 alpha-2 code.', example: 'HN' }),
    birthDate: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, 'Birth date is YYYY-MM or YYYY-MM-DD.')
      .nullable()
      .optional()
      .openapi({ description: 'YYYY-MM-DD, or YYYY-MM when only the month is known.', example: '1990-04' }),
    sex: z.enum(['female', 'male', 'unknown']).optional(),
  })
  .openapi('EncounterPerson');

/** A border encounter: it opens a case at the intake officer's own office. */
export const EncounterSchema = z
  .strictObject({
    person: EncounterPersonSchema,
    track: z
      .enum(TRACKS)
      .openapi({ description: 'The removal pathway; it fixes which screening a fear claim opens.' }),
    encounter: z.strictObject({
      at: instant('When the person was encountered; not in the future.'),
      place: lineText(200, 'The port of entry or Border Patrol sector.'),
      arrivedByLandFromMexico: z.boolean().openapi({ description: 'The precondition of the MPP track.' }),
    }),
    vulnerabilities: z
      .array(z.enum(MPP_EXEMPTION_REASONS))
      .max(MPP_EXEMPTION_REASONS.length)
      .optional()
      .openapi({ description: 'Known vulnerabilities, recorded even when no exemption follows.' }),
    isSynthetic: z.boolean().optional().openapi({
      description:
        'A synthetic record (training, tests): labelled so wherever it is shown. On a demo store every new case is synthetic, whatever this says.',
    }),
  })
  .openapi('Encounter');

/** MPP enrolment: the Notice to Appear and its first hearing. */
export const MppEnrolmentSchema = z
  .strictObject({
    ntaServedAt: instant(
      'When the Notice to Appear (I-862) was served; within an MPP period, not in the future.',
    ),
    firstHearingDate: calendarDate('The first master hearing, after the NTA was served.'),
    hearingLocation: lineText(100, 'Where the first hearing is held.'),
    noticeAddress: freeText(
      300,
      'The address in Mexico the hearing notice went to; null when none was given (flagged).',
    ).nullable(),
    overrideReason,
  })
  .openapi('MppEnrolment');

/** An MPP exemption ("not amenable") with its reason. */
export const MppExemptionSchema = z
  .strictObject({
    reason: z.string().min(1).max(80).openapi({
      description:
        'A reason from the list of the MPP period in force on `at` (GET /api/v1/reference/mpp-exemptions lists them); a reason off that list is refused with the allowed ones.',
      example: 'known_health_issue',
    }),
    note: freeText(2000, 'What the reason rests on.').optional(),
    at: instant('When the exemption was decided; within an MPP period, not in the future.'),
  })
  .openapi('MppExemption');

/** A return to Mexico to await the hearing. */
export const ReturnSchema = z
  .strictObject({
    at: instant('When the person was returned; within an MPP period, not in the future.'),
    port: lineText(100, 'The port of entry through which the person was returned.'),
    hearingDate: calendarDate('The hearing the person must come back for, on or after the return.'),
    hearingLocation: lineText(100, 'Where that hearing is held.'),
    overrideReason,
  })
  .openapi('ReturnToMexicoInput');

/** A claim of fear; it opens the screening the case's track calls for. */
export const FearClaimSchema = z
  .strictObject({
    at: instant('When the fear was raised; not before the encounter, not in the future.'),
    raisedHow: z.enum(['unprompted', 'when_asked']),
    raisedTo: z.enum(['cbp', 'asylum_officer', 'immigration_judge', 'other']),
    occasion: z.enum(['encounter', 'hearing_presentation', 'other']),
    detentionArrivalAt: instant(
      'Arrival at the detention site (a credible-fear consultation period runs from it).',
    )
      .nullable()
      .optional(),
  })
  .openapi('FearClaimInput');

/** What an encounter made: the case, the person behind the A-number, and their other cases the caller may see. */
export const EncounterResultSchema = z
  .object({
    case: CaseSchema,
    person: PersonSchema,
    otherCases: z.array(CaseSummarySchema).openapi({
      description:
        "The person's other cases that the caller may see anyway (its own office's), newest first; never any other.",
    }),
  })
  .openapi('EncounterResult');

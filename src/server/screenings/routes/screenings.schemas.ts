// The shapes of the screening routes: the screening record as a viewer sees it (its legal standard with the source in
// law, testimony, determinations with reasoning, reviews, service, IJ review, deadlines and the acts offered), and
// the body of each act on it.
import { z } from '@hono/zod-openapi';
import { SCREENING_ACTIONS } from '../../../domain/screenings/allowed-actions.ts';
import { DEADLINE_KINDS } from '../../../domain/deadlines/deadlines.ts';
import { LEGAL_STANDARDS, SCREENING_KINDS } from '../../../domain/screenings/legal-standard.ts';
import { HARM_PLACES, PROTECTED_GROUNDS, SCREENING_STATUSES } from '../../../domain/screenings/screening.ts';

const id = (name: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ description: `The ${name}'s id.`, example: '0f8fad5b-d9cb-469f-a165-70867728950e' });

/** An instant as the API takes it: ISO-8601 with a time zone. */
export const instant = (description: string) =>
  z.string().min(1).max(40).openapi({ description, format: 'date-time', example: '2019-08-02T15:00:00Z' });

/** Free text a person writes (a reason, a note, reasoning): never empty, never unbounded. */
export const text = (max: number, description: string) =>
  z.string().trim().min(1).max(max).openapi({ description });

/** A screening in the path. */
export const ScreeningParamSchema = z.object({
  screeningId: id('screening').openapi({ param: { name: 'screeningId', in: 'path' } }),
});

/** A deadline of a screening, and where it stands now. */
export const ScreeningDeadlineSchema = z
  .object({
    kind: z.enum(DEADLINE_KINDS),
    subjectId: z.string(),
    dueAt: z.string(),
    direction: z
      .enum(['earliest', 'latest'])
      .openapi({ description: '`earliest`: nothing may happen before it; `latest`: a time limit.' }),
    basis: z.string().openapi({ description: 'The rule and its source.' }),
    state: z.enum(['met', 'open', 'due_soon', 'overdue']),
    metAt: z.string().nullable(),
  })
  .openapi('ScreeningDeadline');

const TestimonyShape = {
  fearOf: z
    .array(z.string().trim().min(1).max(200))
    .max(20)
    .openapi({ description: 'Whom the person fears (e.g. a cartel, the police, a former partner).' }),
  harmSuffered: z
    .array(
      z.strictObject({
        where: z.enum(HARM_PLACES),
        kind: z.string().trim().min(1).max(200).openapi({ description: 'What was done (e.g. kidnapping).' }),
        when: z
          .string()
          .max(40)
          .nullable()
          .openapi({ description: 'When, as precisely as known (a date or month), or null.' }),
      }),
    )
    .max(50)
    .openapi({ description: 'Harm already suffered, and where.' }),
  protectedGrounds: z.array(z.enum(PROTECTED_GROUNDS)).max(PROTECTED_GROUNDS.length),
  tortureClaimed: z.boolean(),
  language: z.string().trim().min(1).max(100).openapi({ description: 'The language of the interview.' }),
  interpreterUsed: z.boolean(),
  counselPresent: z.boolean(),
};

/** The testimony elements an interview records. */
export const TestimonySchema = z.strictObject(TestimonyShape).openapi('InterviewTestimony');

const ReviewSchema = z.object({
  outcome: z.enum(['concur', 'return']),
  supervisorId: z.string(),
  note: z.string(),
  at: z.string(),
});

/** The screening record as this viewer may see it. */
export const ScreeningRecordSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    kind: z.enum(SCREENING_KINDS),
    status: z.enum(SCREENING_STATUSES),
    office: z.string(),
    referredAt: z.string(),
    officerId: z.string().nullable().openapi({ description: 'The assigned officer; null while unassigned.' }),
    declinedBy: z.array(z.string()).nullable().openapi({
      description:
        "Officers who declined this screening on grounds of conscience (never assigned it again). Shown to the office's supervisors only; null for everyone else.",
    }),
    detentionArrivalAt: z.string().nullable(),
    consultationWaived: z.boolean(),
    interviewAt: z.string().nullable().openapi({ description: 'When the interview is (or was) scheduled.' }),
    legalStandard: z
      .object({
        standard: z.enum(LEGAL_STANDARDS),
        description: z.string(),
        source: z.string().openapi({ description: 'Where the law fixes this standard for this screening.' }),
      })
      .nullable()
      .openapi({
        description:
          'The standard this screening is decided under (by its kind and, for MPP, the period of its interview date), with its source; null for an MPP interview dated outside both MPP periods.',
      }),
    interview: z
      .object({ at: z.string(), officerId: z.string(), testimony: z.object(TestimonyShape) })
      .nullable(),
    determinations: z
      .array(
        z.object({
          result: z.enum(['positive', 'negative']),
          standard: z.enum(LEGAL_STANDARDS),
          reasoning: z.string(),
          officerId: z.string(),
          at: z.string(),
        }),
      )
      .openapi({
        description: 'Every determination, the latest last (rework and reconsideration keep the earlier).',
      }),
    reviews: z.array(ReviewSchema),
    servedAt: z.string().nullable(),
    ijReview: z.object({
      isAvailable: z
        .boolean()
        .openapi({ description: 'Does the law give IJ review of a negative of this kind? (Not for MPP.)' }),
      requestedAt: z.string().nullable(),
      declinedAt: z.string().nullable(),
      court: z.string().nullable(),
      decision: z.enum(['affirmed', 'vacated']).nullable(),
      decidedAt: z.string().nullable(),
    }),
    dissolvedReason: z.string().nullable(),
    deadlines: z.array(ScreeningDeadlineSchema).openapi({ description: 'Its deadlines, evaluated now.' }),
    allowedActions: z.array(z.enum(SCREENING_ACTIONS)).openapi({
      description: 'The acts on this screening this viewer may take now (the API accepts exactly these).',
    }),
  })
  .openapi('ScreeningRecord');

/** Assigning (or reassigning) the screening. */
export const AssignmentSchema = z.strictObject({ officerId: id('officer') }).openapi('ScreeningAssignment');

/** A supervisor's review of the determination. */
export const ReviewInputSchema = z
  .strictObject({
    outcome: z.enum(['concur', 'return']),
    note: z
      .string()
      .trim()
      .max(4000)
      .default('')
      .openapi({ description: 'What needs rework (required to return it); optional to concur.' }),
  })
  .openapi('ScreeningReview');

/** A reason for an act that requires one (decline, dissolve, reconsider). */
export const ReasonSchema = z
  .strictObject({ reason: text(4000, 'Why, in words the record keeps.') })
  .openapi('ScreeningReason');

/** Scheduling the interview. */
export const InterviewScheduleSchema = z
  .strictObject({
    interviewAt: instant('When the interview is to take place.'),
    consultationWaived: z
      .boolean()
      .optional()
      .openapi({ description: 'The person waived the 48-hour consultation period (credible fear only).' }),
  })
  .openapi('InterviewSchedule');

/** The interview as held, with its testimony elements. */
export const InterviewSchema = z
  .strictObject({
    at: instant('When the interview took place; not in the future.'),
    testimony: TestimonySchema,
  })
  .openapi('InterviewRecord');

/** The officer's determination. */
export const DeterminationSchema = z
  .strictObject({
    result: z.enum(['positive', 'negative']),
    standard: z.enum(LEGAL_STANDARDS).openapi({
      description: 'Must be the standard of the screening (see its legalStandard); any other is refused.',
    }),
    reasoning: text(20000, 'The reasoning of the determination.'),
  })
  .openapi('DeterminationInput');

/** Service of the approved determination. */
export const ServiceSchema = z
  .strictObject({ at: instant('When it was served on the person; not in the future.') })
  .openapi('ServiceInput');

const court = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'A court code is three letters, like HOU or ENP.')
  .openapi({ description: "The reviewing immigration court's code (optional).", example: 'HOU' });

/** The person asks for IJ review. */
export const IjReviewRequestSchema = z
  .strictObject({ at: instant('When the person asked; not before service.'), court: court.optional() })
  .openapi('IjReviewRequestInput');

/** The person declines IJ review, or refuses to say. */
export const IjReviewDeclinedSchema = z
  .strictObject({
    at: instant('When the person answered; not before service.'),
    refusedToIndicate: z.boolean().openapi({
      description:
        'The person refused to say: for credible fear that counts as a request for review, for reasonable fear as declining.',
    }),
    court: court
      .optional()
      .openapi({ description: 'The reviewing court, if a refusal counts as a request.' }),
  })
  .openapi('IjReviewDeclinedInput');

/** The screening record (every act answers with it). */
export const screeningResponse = (description: string) => ({
  200: { description, content: { 'application/json': { schema: ScreeningRecordSchema } } },
});

// The shapes of the court routes: proceedings, hearings and attendance, applications and decisions, outcomes,
// hearing notices, the court calendar and the IJ review decision.
import { z } from '@hono/zod-openapi';
import { NOTICE_METHODS } from '../../../domain/court/hearing-notice.ts';
import {
  APPLICATION_DECISIONS,
  APPLICATION_KINDS,
  PROCEEDING_ORIGINS,
} from '../../../domain/court/proceeding.ts';
import { pageQuery, pageSchema } from '../../paging/page.schemas.ts';

const id = (name: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ description: `The ${name}'s id.`, example: '0f8fad5b-d9cb-469f-a165-70867728950e' });
const instant = (description: string) =>
  z.string().min(1).max(40).openapi({ description, format: 'date-time', example: '2019-09-03T15:00:00Z' });
const courtCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'A court code is three letters, like HOU or ENP.')
  .openapi({
    description: "An immigration court's code (EOIR base city or MPP hearing location).",
    example: 'ENP',
  });
const text = (max: number, description: string) => z.string().max(max).openapi({ description });

/** A case in the path. */
export const CaseParamSchema = z.object({
  caseId: id('case').openapi({ param: { name: 'caseId', in: 'path' } }),
});

/** A proceeding in the path. */
export const ProceedingParamSchema = z.object({
  proceedingId: id('proceeding').openapi({ param: { name: 'proceedingId', in: 'path' } }),
});

/** A hearing of a proceeding in the path. */
export const HearingParamSchema = ProceedingParamSchema.extend({
  hearingId: id('hearing').openapi({ param: { name: 'hearingId', in: 'path' } }),
});

/** An application of a proceeding in the path. */
export const ApplicationParamSchema = ProceedingParamSchema.extend({
  applicationId: id('application').openapi({ param: { name: 'applicationId', in: 'path' } }),
});

/** Opening a proceeding. */
export const OpenProceedingSchema = z
  .strictObject({
    kind: z.enum(['removal', 'withholding_only']),
    origin: z.enum(PROCEEDING_ORIGINS),
    openedAt: instant(
      'When the proceeding opened (the NTA was filed, or the venue changed); not in the future.',
    ),
    court: courtCode.optional().openapi({
      description:
        "The receiving court of a change of venue or transfer; otherwise leave it out (the proceeding opens before the caller's own court).",
    }),
  })
  .openapi('OpenProceeding');

/** Scheduling a hearing. */
export const ScheduleHearingSchema = z
  .strictObject({
    at: instant('When the hearing begins (may be in the future).'),
    calendar: z.enum(['master', 'individual']),
    medium: z.enum(['in_person', 'video', 'phone']),
    location: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "Where it is held; the proceeding's court when left out." }),
  })
  .openapi('ScheduleHearing');

/** Recording attendance at a hearing that has taken place. */
export const RecordAttendanceSchema = z
  .strictObject({
    attendance: z.enum(['attended', 'missed']),
    adjournmentReason: text(500, 'Why the hearing was adjourned, if it was.').nullable().optional(),
  })
  .openapi('RecordAttendance');

/** Filing an application for relief. */
export const FileApplicationSchema = z
  .strictObject({
    kind: z.enum(APPLICATION_KINDS),
    filedAt: instant('When it was filed; not in the future.'),
  })
  .openapi('FileApplication');

/** The judge's decision on an application. */
export const DecideApplicationSchema = z
  .strictObject({ decision: z.enum(APPLICATION_DECISIONS), at: instant('When it was decided.') })
  .openapi('DecideApplication');

const OutcomeSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('removal_ordered'), inAbsentia: z.boolean() }),
    z.strictObject({ kind: z.literal('voluntary_departure') }),
    z.strictObject({ kind: z.literal('relief_granted'), relief: z.enum(APPLICATION_KINDS) }),
    z.strictObject({ kind: z.literal('terminated') }),
    z.strictObject({ kind: z.literal('dismissed') }),
    z.strictObject({ kind: z.literal('administratively_closed') }),
    z.strictObject({ kind: z.literal('change_of_venue') }),
    z.strictObject({ kind: z.literal('transferred') }),
  ])
  .openapi('ProceedingOutcome', {
    description:
      'How the proceeding ended. A removal order in absentia needs a missed hearing on the record; relief needs a granted application of that kind.',
  });

/** Completing a proceeding with its outcome. */
export const CompleteProceedingSchema = z
  .strictObject({ outcome: OutcomeSchema, at: instant('When the proceeding was completed.') })
  .openapi('CompleteProceeding');

/** Serving notice of a hearing. */
export const ServeHearingNoticeSchema = z
  .strictObject({
    method: z.enum(NOTICE_METHODS),
    address: z.string().max(500).nullable().openapi({
      description:
        'Where the notice was sent or handed over; null when it was served without an address (raises a consistency flag).',
    }),
    servedAt: instant('When it was served; before the hearing, not in the future.'),
  })
  .openapi('ServeHearingNotice');

/** The judge's decision on IJ review of a negative fear determination. */
export const IjDecisionSchema = z
  .strictObject({
    decision: z.enum(['affirmed', 'vacated']),
    at: instant('When the judge decided.'),
  })
  .openapi('IjDecision');

const date = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'A calendar date like 2019-07-01.')
    .openapi({ description, example: '2019-09-01' });

/** Which part of the court calendar to read. */
export const CalendarQuerySchema = z.object({
  from: date('First day (included).'),
  to: date('Last day (included).'),
  ...pageQuery,
});

const HearingSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    calendar: z.enum(['master', 'individual']),
    medium: z.enum(['in_person', 'video', 'phone']),
    location: z.string(),
    attendance: z.enum(['attended', 'missed']).nullable(),
    adjournmentReason: z.string().nullable(),
  })
  .openapi('Hearing');

const ApplicationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(APPLICATION_KINDS),
    filedAt: z.string(),
    decision: z.enum(APPLICATION_DECISIONS).nullable(),
    decidedAt: z.string().nullable(),
  })
  .openapi('Application');

/** A proceeding with its hearings, applications and outcome. */
export const ProceedingSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    kind: z.enum(['removal', 'withholding_only']),
    origin: z.enum(PROCEEDING_ORIGINS),
    court: z.string(),
    openedAt: z.string(),
    status: z.enum(['open', 'completed']),
    hearings: z.array(HearingSchema),
    applications: z.array(ApplicationSchema),
    outcome: OutcomeSchema.nullable(),
    completedAt: z.string().nullable(),
    isRepresented: z.boolean(),
  })
  .openapi('Proceeding');

/** The proceedings of a case. */
export const ProceedingListSchema = z.object({ items: z.array(ProceedingSchema) }).openapi('ProceedingList');

/** A served notice of hearing, with the hearing it announces. */
export const HearingNoticeSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    proceedingId: z.string(),
    hearingId: z.string(),
    court: z.string(),
    method: z.enum(NOTICE_METHODS),
    address: z.string().nullable(),
    servedAt: z.string(),
    hearing: HearingSchema.nullable(),
  })
  .openapi('HearingNotice');

/** A notice just served, and the consistency flag it raised (served without an address). */
export const ServedHearingNoticeSchema = z
  .object({ notice: HearingNoticeSchema, flagId: z.string().nullable() })
  .openapi('ServedHearingNotice');

/** The hearing notices of a case. */
export const HearingNoticeListSchema = z
  .object({ items: z.array(HearingNoticeSchema) })
  .openapi('HearingNoticeList');

/** A hearing on the court's calendar. */
export const CalendarEntrySchema = z
  .object({
    hearingId: z.string(),
    proceedingId: z.string(),
    caseId: z.string(),
    at: z.string(),
    calendar: z.string(),
    medium: z.string(),
    location: z.string(),
    attendance: z.string().nullable(),
    person: z.object({ aNumber: z.string(), familyName: z.string(), givenName: z.string() }),
  })
  .openapi('CalendarEntry');

/** A page of the court calendar. */
export const CalendarPageSchema = pageSchema(CalendarEntrySchema, 'CalendarPage');

/** A screening's IJ review as the court sees it after deciding. */
export const IjReviewSchema = z
  .object({
    screeningId: z.string(),
    caseId: z.string(),
    kind: z.string(),
    status: z.string(),
    court: z.string().nullable(),
    requestedAt: z.string().nullable(),
    decision: z.enum(['affirmed', 'vacated']).nullable(),
    decidedAt: z.string().nullable(),
  })
  .openapi('IjReview');

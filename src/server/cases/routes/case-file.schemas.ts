// The shapes of the case file: the person, the case on its track, its screenings, proceedings, harm reports and open
// flags, and what the viewer may do on each. The intake routes answer with parts of it.
import { z } from '@hono/zod-openapi';
import { CASE_ACTION_NAMES } from '../../../domain/cases/allowed-actions.ts';
import { TRACKS } from '../../../domain/cases/case.ts';
import { DEADLINE_KINDS } from '../../../domain/deadlines/deadlines.ts';
import { FLAG_KINDS } from '../../../domain/flags/consistency-flags.ts';
import { MPP_EXEMPTION_REASONS } from '../../../domain/mpp/mpp-exemption.ts';
import { LEGAL_STANDARDS, SCREENING_KINDS } from '../../../domain/screenings/legal-standard.ts';
import { SCREENING_STATUSES } from '../../../domain/screenings/screening.ts';
import { HarmReportSchema } from '../../harm/routes/harm.schemas.ts';

const term = z.enum(['2019', '2021']);

/** The person a case is about. */
export const PersonSchema = z
  .object({
    id: z.string(),
    aNumber: z.string().openapi({ description: 'Nine digits.', example: '200000001' }),
    aNumberFormatted: z.string().openapi({ example: 'A200-000-001' }),
    familyName: z.string(),
    givenName: z.string(),
    nationality: z.string(),
    birthDate: z.string().nullable(),
    sex: z.enum(['female', 'male', 'unknown']),
    isSynthetic: z.boolean(),
  })
  .openapi('Person');

/** A deadline computed from the record, and where it stands now. */
export const DeadlineSchema = z
  .object({
    kind: z.enum(DEADLINE_KINDS),
    subjectId: z.string(),
    dueAt: z.string(),
    direction: z.enum(['earliest', 'latest']),
    basis: z.string(),
    state: z.enum(['met', 'open', 'due_soon', 'overdue']),
    metAt: z.string().nullable(),
  })
  .openapi('Deadline');

/** Where the case stands with MPP. */
export const MppStatusSchema = z
  .discriminatedUnion('state', [
    z.object({ state: z.literal('not_applicable') }),
    z.object({ state: z.literal('pending') }),
    z.object({
      state: z.literal('enrolled'),
      term,
      at: z.string(),
      ntaServedAt: z.string(),
      firstHearingDate: z.string(),
      hearingLocation: z.string(),
      noticeAddress: z.string().nullable(),
    }),
    z.object({
      state: z.literal('exempt'),
      term,
      at: z.string(),
      reason: z.enum(MPP_EXEMPTION_REASONS),
      reasonLabel: z.string(),
      note: z.string(),
    }),
    z.object({ state: z.literal('not_amenable'), term, at: z.string(), screeningId: z.string() }),
  ])
  .openapi('MppStatus');

/** The case: the encounter, its track, MPP status, returns and fear claims. */
export const CaseSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    office: z.string(),
    track: z.enum(TRACKS),
    status: z.enum(['open', 'closed']),
    isSynthetic: z.boolean(),
    encounter: z.object({ at: z.string(), place: z.string(), arrivedByLandFromMexico: z.boolean() }),
    vulnerabilities: z.array(z.enum(MPP_EXEMPTION_REASONS)),
    mpp: MppStatusSchema,
    returns: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        port: z.string(),
        hearingDate: z.string(),
        hearingLocation: z.string(),
        overrideReason: z.string().nullable(),
      }),
    ),
    fearClaims: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        raisedHow: z.string(),
        raisedTo: z.string(),
        occasion: z.string(),
        screeningId: z.string(),
      }),
    ),
  })
  .openapi('Case');

const userRef = z.object({ id: z.string(), name: z.string().nullable() });

/** A screening of the case, in summary (the screening's own routes hold the interview and determinations). */
export const ScreeningSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(SCREENING_KINDS),
    status: z.enum(SCREENING_STATUSES),
    office: z.string(),
    standard: z.enum(LEGAL_STANDARDS).nullable().openapi({
      description:
        'The standard of the latest determination, or before one the standard the law fixes for the kind and the interview (or referral) date; null for an MPP interview dated outside both MPP periods.',
    }),
    referredAt: z.string(),
    interviewAt: z.string().nullable(),
    officer: userRef.nullable(),
    result: z.enum(['positive', 'negative']).nullable(),
    servedAt: z.string().nullable(),
    deadlines: z.array(DeadlineSchema),
    declines: z
      .array(
        z.object({
          officer: userRef,
          at: z.string(),
          reason: z.string().nullable(),
          isReasonWithheld: z.boolean(),
        }),
      )
      .openapi({
        description:
          "Conscientious declines of this screening. The reason is shown only to the declining officer and the supervisors of the screening's office.",
      }),
  })
  .openapi('ScreeningSummary');

/** A screening in the case file, with the acts this viewer may take on it. */
export const CaseFileScreeningSchema = ScreeningSummarySchema.extend({
  allowedActions: z.array(z.string()).openapi({
    description: 'The acts on this screening this viewer may take now (the API accepts exactly these).',
  }),
}).openapi('CaseFileScreening');

/** A proceeding of the case, in summary. */
export const ProceedingSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(['removal', 'withholding_only']),
    origin: z.string(),
    court: z.string(),
    status: z.enum(['open', 'completed']),
    openedAt: z.string(),
    completedAt: z.string().nullable(),
    outcome: z
      .object({ kind: z.string(), inAbsentia: z.boolean().optional(), relief: z.string().optional() })
      .nullable(),
    isRepresented: z.boolean(),
    hearingCount: z.number().int(),
    nextHearingAt: z.string().nullable(),
  })
  .openapi('ProceedingSummary');

/** An open consistency flag. */
export const OpenFlagSchema = z
  .object({
    id: z.string(),
    kind: z.enum(FLAG_KINDS),
    subjectId: z.string(),
    reason: z.string(),
    raisedAt: z.string(),
    allowedActions: z.array(z.enum(['clear'])),
  })
  .openapi('OpenFlag');

/** The case file. */
export const CaseFileSchema = z
  .object({
    person: PersonSchema,
    case: CaseSchema,
    deadlines: z.array(DeadlineSchema),
    screenings: z.array(CaseFileScreeningSchema),
    proceedings: z.array(ProceedingSummarySchema),
    harmReports: z.array(HarmReportSchema),
    openFlags: z.array(OpenFlagSchema),
    allowedActions: z.array(z.enum(CASE_ACTION_NAMES)).openapi({
      description: 'The acts on the case this viewer may take now (the API accepts exactly these).',
    }),
  })
  .openapi('CaseFile');

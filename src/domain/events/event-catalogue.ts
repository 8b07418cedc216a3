// ┌──────────────────────────────────────────────────────────────────────────────────────────────────────────┐
// │ THE EVENT CATALOGUE. Every change in Refuge is one of these events, stored in the signed ledger.          │
// │ Changing a schema here changes what stored, signed data means: add new event types or optional fields;    │
// │ never rename, remove or retype a field of an event that has shipped.                                      │
// └──────────────────────────────────────────────────────────────────────────────────────────────────────────┘
import { z } from 'zod';

const instant = z.string();
const id = z.string().min(1);

const event = <T extends string, P extends z.ZodRawShape>(type: T, payload: P) =>
  z.object({ type: z.literal(type), caseId: z.string().nullable(), payload: z.object(payload) });

const testimony = z.object({
  fearOf: z.array(z.string()).readonly(),
  harmSuffered: z
    .array(z.object({ where: z.string(), kind: z.string(), when: z.string().nullable() }))
    .readonly(),
  protectedGrounds: z.array(z.string()).readonly(),
  tortureClaimed: z.boolean(),
  language: z.string(),
  interpreterUsed: z.boolean(),
  counselPresent: z.boolean(),
});

const outcome = z.object({
  kind: z.string(),
  inAbsentia: z.boolean().optional(),
  relief: z.string().optional(),
});

/** Every event type with its payload schema. */
export const DomainEventSchema = z.discriminatedUnion('type', [
  event('user.created', { userId: id, name: z.string(), role: z.string(), office: z.string().nullable() }),
  event('user.key_registered', { userId: id, publicKey: z.string() }),
  event('user.disabled', { userId: id, reason: z.string() }),
  event('user.enabled', { userId: id }),
  event('user.role_changed', { userId: id, role: z.string(), office: z.string().nullable() }),
  event('user.dissent_reviewer_set', { userId: id, isReviewer: z.boolean() }),
  event('token.created', { tokenId: id, userId: id, expiresAt: instant.nullable() }),
  event('token.revoked', { tokenId: id, userId: id }),
  event('person.registered', {
    personId: id,
    aNumber: z.string(),
    nationality: z.string(),
    isSynthetic: z.boolean(),
  }),
  event('case.opened', {
    personId: id,
    office: z.string(),
    track: z.string(),
    encounter: z.object({ at: instant, place: z.string(), arrivedByLandFromMexico: z.boolean() }),
    vulnerabilities: z.array(z.string()).readonly(),
    isSynthetic: z.boolean(),
  }),
  event('mpp.enrolled', {
    term: z.string(),
    ntaServedAt: instant,
    firstHearingDate: z.string(),
    hearingLocation: z.string(),
    noticeAddress: z.string().nullable(),
    overrideReason: z.string().nullable(),
  }),
  event('mpp.exempted', { term: z.string(), reason: z.string(), note: z.string(), at: instant }),
  event('mpp.not_amenable', { screeningId: id, at: instant, term: z.string() }),
  event('mpp.returned_to_mexico', {
    id,
    at: instant,
    port: z.string(),
    hearingDate: z.string(),
    hearingLocation: z.string(),
    overrideReason: z.string().nullable(),
  }),
  // The case moved to another office; its open screenings moved with it, unassigned (who had each one before).
  event('case.transferred', {
    fromOffice: z.string(),
    toOffice: z.string(),
    reason: z.string(),
    screenings: z.array(z.object({ screeningId: id, previousOfficerId: z.string().nullable() })).readonly(),
  }),
  event('fear.claimed', {
    id,
    at: instant,
    raisedHow: z.string(),
    raisedTo: z.string(),
    occasion: z.string(),
    screeningId: id,
  }),
  event('screening.referred', {
    screeningId: id,
    kind: z.string(),
    office: z.string(),
    referredAt: instant,
    detentionArrivalAt: instant.nullable(),
  }),
  event('screening.assigned', { screeningId: id, officerId: id, previousOfficerId: z.string().nullable() }),
  event('screening.declined', { screeningId: id, officerId: id, reason: z.string(), category: z.string() }),
  // The officer's standing objection to the screening's category (objectionId) took it off them: back in the queue.
  event('screening.returned_to_queue', { screeningId: id, officerId: id, objectionId: id }),
  event('screening.scheduled', { screeningId: id, interviewAt: instant, consultationWaived: z.boolean() }),
  event('screening.interviewed', { screeningId: id, at: instant, officerId: id, testimony }),
  event('screening.decided', {
    screeningId: id,
    result: z.enum(['positive', 'negative']),
    standard: z.string(),
    reasoning: z.string(),
    officerId: id,
    at: instant,
  }),
  event('screening.reviewed', {
    screeningId: id,
    outcome: z.enum(['concur', 'return']),
    supervisorId: id,
    note: z.string(),
    at: instant,
  }),
  event('screening.served', {
    screeningId: id,
    at: instant,
    result: z.enum(['positive', 'negative']),
    kind: z.string(),
  }),
  event('screening.ij_review_requested', {
    screeningId: id,
    at: instant,
    byRefusalToIndicate: z.boolean().optional(),
    court: z.string().optional(), // the immigration court the review lies before
  }),
  event('screening.ij_review_declined', { screeningId: id, at: instant, refusedToIndicate: z.boolean() }),
  event('screening.ij_decided', { screeningId: id, decision: z.enum(['affirmed', 'vacated']), at: instant }),
  event('screening.dissolved', { screeningId: id, reason: z.string() }),
  event('screening.reconsidered', { screeningId: id, reason: z.string() }),
  event('objection.recorded', {
    objectionId: id,
    officerId: id,
    category: z.string().nullable(),
    screeningId: z.string().nullable(),
    reason: z.string(),
  }),
  event('objection.withdrawn', { objectionId: id, officerId: id }),
  event('proceeding.opened', {
    proceedingId: id,
    kind: z.string(),
    origin: z.string(),
    court: z.string(),
    openedAt: instant,
  }),
  event('hearing.scheduled', {
    proceedingId: id,
    id,
    at: instant,
    calendar: z.string(),
    location: z.string(),
    medium: z.string(),
    attendance: z.string().nullable(),
    adjournmentReason: z.string().nullable(),
  }),
  event('hearing.attendance_recorded', {
    proceedingId: id,
    hearingId: id,
    attendance: z.string().nullable(),
    adjournmentReason: z.string().nullable(),
  }),
  event('application.filed', { proceedingId: id, applicationId: id, kind: z.string(), filedAt: instant }),
  event('application.decided', {
    proceedingId: id,
    applicationId: id,
    kind: z.string(),
    decision: z.string().nullable(),
    at: instant.nullable(),
  }),
  event('proceeding.completed', { proceedingId: id, outcome, at: instant }),
  event('representation.recorded', {
    representationId: id,
    counselId: id,
    form: z.string(),
    filedAt: instant,
  }),
  event('hearing.notice_served', {
    noticeId: id,
    proceedingId: id,
    hearingId: id,
    court: z.string(),
    method: z.string(),
    address: z.string().nullable(),
    servedAt: instant,
  }),
  event('representation.requested', {
    noticeId: id,
    counselId: id,
    form: z.string(),
    aNumber: z.string(),
    consentSha256: z.string(),
  }),
  event('representation.accepted', {
    noticeId: id,
    representationId: id,
    counselId: id,
    form: z.string(),
    note: z.string().nullable(),
  }),
  event('representation.rejected', { noticeId: id, counselId: id, form: z.string(), reason: z.string() }),
  event('representation.ended', {
    noticeId: id,
    representationId: z.string().nullable(),
    counselId: id,
    form: z.string(),
    reason: z.string(),
  }),
  event('filing.filed', {
    filingId: id,
    counselId: id,
    kind: z.string(),
    title: z.string(),
    sha256: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
  }),
  event('harm.reported', {
    harmReportId: id,
    kind: z.string(),
    occurredOn: z.string().nullable(),
    place: z.string(),
    source: z.string(),
    returnId: z.string().nullable(),
  }),
  event('flag.raised', { flagId: id, kind: z.string(), subjectId: id, reason: z.string() }),
  event('flag.cleared', { flagId: id, kind: z.string(), decision: z.string() }),
  // A policy dissent: its actor is the filer; the API shows these events to the reviewers and the filer only.
  event('dissent.filed', {
    dissentId: id,
    policy: z.string(),
    text: z.string(),
    dueAt: instant,
    attachments: z
      .array(
        z.object({
          attachmentId: id,
          fileName: z.string(),
          mediaType: z.string(),
          sizeBytes: z.number().int(),
          sha256: z.string(),
        }),
      )
      .readonly(),
  }),
  event('dissent.answered', { dissentId: id, text: z.string() }),
  // A record of determination was issued: `printed` is the SHA-256 (hex) of what it prints beyond its events.
  event('record.issued', { screeningId: id, printed: z.string() }),
]);

/** One event as a transition emits it (the ledger adds id, actor, time, hashes and signature). */
export type DomainEvent = z.infer<typeof DomainEventSchema>;

/** Every event type name. */
export type DomainEventType = DomainEvent['type'];

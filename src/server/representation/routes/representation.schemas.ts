// The shapes of counsel's routes: notices of appearance and their review, counsel's clients, and filings.
import { z } from '@hono/zod-openapi';
import { APPEARANCE_FORMS, APPEARANCE_STATUSES } from '../../../domain/representation/appearance-notice.ts';
import {
  ATTACHMENT_MEDIA_TYPES,
  base64Length,
  CONSENT_MAX_BYTES,
  FILING_MAX_BYTES,
} from '../../../domain/representation/attachment.ts';
import { FILING_KINDS, FILING_TITLE_MAX } from '../../../domain/representation/filing.ts';
import { pageSchema } from '../../paging/page.schemas.ts';

// Room for the JSON around an attachment's base64.
const ENVELOPE_BYTES = 64 * 1024;

/** The largest request body of a notice of appearance (its consent as base64, and the rest). */
export const APPEARANCE_BODY_LIMIT = base64Length(CONSENT_MAX_BYTES) + ENVELOPE_BYTES;

/** The largest request body of a filing (its document as base64, and the rest). */
export const FILING_BODY_LIMIT = base64Length(FILING_MAX_BYTES) + ENVELOPE_BYTES;

// The string may be as long as the body allows: a document over its limit is refused as too large (413) by the
// check of its decoded size, not as a malformed request.
const attachment = (name: string, maxBytes: number, bodyLimit: number) =>
  z
    .strictObject({
      mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
      contentBase64: z
        .string()
        .min(1)
        .max(bodyLimit)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Base64 (RFC 4648, standard alphabet, no line breaks).')
        .openapi({
          description: `The ${name}, base64-encoded; at most ${maxBytes / 1024 / 1024} MiB once decoded. A PDF, PNG, JPEG or TIFF whose content matches mediaType.`,
        }),
    })
    .openapi({ description: `The ${name}.` });

const idParam = (name: string, what: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name, in: 'path' }, description: `The ${what}'s id.` });

/** A notice of appearance in the path. */
export const NoticeParamSchema = z.object({ noticeId: idParam('noticeId', 'notice of appearance') });

/** A filing in the path. */
export const FilingParamSchema = z.object({ filingId: idParam('filingId', 'filing') });

/** Counsel's notice of appearance. */
export const FileAppearanceSchema = z
  .strictObject({
    form: z
      .enum(APPEARANCE_FORMS)
      .openapi({ description: 'G-28 before the asylum office (DHS), EOIR-28 before the immigration court.' }),
    aNumber: z
      .string()
      .min(1)
      .max(20)
      .openapi({ description: "The client's A-number (8 or 9 digits).", example: 'A012-345-678' }),
    consent: attachment("client's signed consent", CONSENT_MAX_BYTES, APPEARANCE_BODY_LIMIT),
  })
  .openapi('FileAppearance');

/** Accepting a notice. */
export const AcceptAppearanceSchema = z
  .strictObject({
    note: z.string().max(1000).nullable().optional().openapi({ description: 'A note for the record.' }),
  })
  .openapi('AcceptAppearance');

/** Rejecting a notice. */
export const RejectAppearanceSchema = z
  .strictObject({
    reason: z.string().min(1).max(1000).openapi({ description: 'Why, in words counsel can act on.' }),
  })
  .openapi('RejectAppearance');

/** Withdrawing a notice. */
export const WithdrawAppearanceSchema = z
  .strictObject({ reason: z.string().max(1000).nullable().optional() })
  .openapi('WithdrawAppearance');

/** A document filed on a client's case. */
export const FileFilingSchema = z
  .strictObject({
    kind: z.enum(FILING_KINDS),
    title: z.string().min(1).max(FILING_TITLE_MAX),
    document: attachment('document', FILING_MAX_BYTES, FILING_BODY_LIMIT),
  })
  .openapi('FileFiling');

const DocumentInfoSchema = z
  .object({ sha256: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })
  .openapi('DocumentInfo');

/** A notice as counsel sees their own: the case appears only once the notice is accepted (and until it ends). */
export const OwnNoticeSchema = z
  .object({
    id: z.string(),
    form: z.enum(APPEARANCE_FORMS),
    aNumber: z.string(),
    status: z.enum(APPEARANCE_STATUSES),
    filedAt: z.string(),
    consent: DocumentInfoSchema,
    review: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
    caseId: z.string().nullable(),
    endedAt: z.string().nullable(),
  })
  .openapi('AppearanceNotice');

/** A page of counsel's own notices. */
export const OwnNoticePageSchema = pageSchema(OwnNoticeSchema, 'AppearanceNoticePage');

/** A pending notice as its reviewer sees it. */
export const PendingNoticeSchema = z
  .object({
    id: z.string(),
    form: z.enum(APPEARANCE_FORMS),
    aNumber: z.string(),
    caseId: z.string(),
    counsel: z.object({ id: z.string(), name: z.string() }),
    filedAt: z.string(),
    consent: DocumentInfoSchema,
  })
  .openapi('PendingAppearanceNotice');

/** A page of pending notices. */
export const PendingNoticePageSchema = pageSchema(PendingNoticeSchema, 'PendingAppearanceNoticePage');

/** A notice once reviewed. */
export const ReviewedNoticeSchema = z
  .object({
    id: z.string(),
    form: z.enum(APPEARANCE_FORMS),
    caseId: z.string(),
    status: z.enum(APPEARANCE_STATUSES),
    review: z.object({ at: z.string(), reason: z.string().nullable() }),
    representationId: z.string().nullable(),
  })
  .openapi('ReviewedAppearanceNotice');

/** One of counsel's clients. */
export const ClientSchema = z
  .object({
    caseId: z.string(),
    status: z.string(),
    track: z.string(),
    openedAt: z.string(),
    person: z.object({ aNumber: z.string(), familyName: z.string(), givenName: z.string() }),
    nextHearing: z
      .object({
        at: z.string(),
        calendar: z.string(),
        medium: z.string(),
        location: z.string(),
        court: z.string().nullable(),
      })
      .nullable(),
  })
  .openapi('Client');

/** A page of counsel's clients. */
export const ClientPageSchema = pageSchema(ClientSchema, 'ClientPage');

/** A filing. */
export const FilingSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    counselId: z.string(),
    kind: z.enum(FILING_KINDS),
    title: z.string(),
    filedAt: z.string(),
    document: DocumentInfoSchema,
  })
  .openapi('Filing');

/** The filings on a case. */
export const FilingListSchema = z.object({ items: z.array(FilingSchema) }).openapi('FilingList');

/** A document's bytes, in its own media type. */
export const documentContent = Object.fromEntries(
  ATTACHMENT_MEDIA_TYPES.map((type) => [type, { schema: z.string().openapi({ format: 'binary' }) }]),
);

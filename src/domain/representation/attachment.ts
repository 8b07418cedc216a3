// Documents counsel attaches (the client's signed consent to a notice of appearance, evidence, briefs): a PDF or a
// scanned image, recognised by its first bytes (the declared type must agree), never empty, within a size limit.
import { fail, ok, type Result } from '../errors.ts';

/** The media types an attachment may have. */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** The largest signed consent accepted with a notice of appearance (decoded bytes). */
export const CONSENT_MAX_BYTES = 2 * 1024 * 1024;

/** The largest document accepted as a filing (decoded bytes). */
export const FILING_MAX_BYTES = 5 * 1024 * 1024;

/** A stored attachment as the records refer to it: its id, digest, type and size (the bytes stay in the store). */
export interface AttachedDocument {
  documentId: string;
  sha256: string;
  mediaType: string;
  sizeBytes: number;
}

/** How many base64 characters encode `bytes` bytes (for the request schemas). */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

const SIGNATURES: ReadonlyArray<{ type: AttachmentMediaType; bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] }, // little-endian
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] }, // big-endian
];

/** The media type the content's first bytes show, if it is one of the accepted ones. */
export function sniffMediaType(content: Uint8Array): AttachmentMediaType | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.type;
}

/** Checks an attachment's bytes against its declared type and the limit; returns its type and size. */
export function checkAttachment(
  field: string,
  content: Uint8Array,
  declaredType: string,
  maxBytes: number,
): Result<{ mediaType: AttachmentMediaType; sizeBytes: number }> {
  if (content.length === 0)
    return fail('VALIDATION_FAILED', `${field} is empty: attach the signed document.`, { field });
  if (content.length > maxBytes)
    return fail(
      'PAYLOAD_TOO_LARGE',
      `${field} is ${content.length} bytes; the limit is ${maxBytes} bytes (${maxBytes / 1024 / 1024} MiB). Send a smaller scan or split the document.`,
      { field, limitBytes: maxBytes },
    );
  const sniffed = sniffMediaType(content);
  if (!sniffed)
    return fail(
      'VALIDATION_FAILED',
      `${field} is not a PDF, PNG, JPEG or TIFF file; attach the document in one of those formats.`,
      { field },
    );
  if (sniffed !== declaredType)
    return fail(
      'VALIDATION_FAILED',
      `${field} is declared as ${declaredType} but its content is ${sniffed}; declare the type it has.`,
      { field },
    );
  return ok({ mediaType: sniffed, sizeBytes: content.length });
}

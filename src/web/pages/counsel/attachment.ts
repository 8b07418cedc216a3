// A chosen file as the API takes an attachment: its media type (one of the four accepted) and its bytes in base64.
import type { components } from '../../api/api-types.ts';

export type Attachment = components['schemas']['FileAppearance']['consent'];
const MEDIA_TYPES: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'];

/** Whether the browser names the file as one of the accepted types. */
export const isAcceptedFile = (file: File): boolean => MEDIA_TYPES.includes(file.type);

/** The file's bytes, base64-encoded, with its media type. */
export async function toAttachment(file: File): Promise<Attachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { mediaType: file.type as Attachment['mediaType'], contentBase64: btoa(binary) };
}

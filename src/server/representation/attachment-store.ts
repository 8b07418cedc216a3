// Receiving an attachment: decode the base64 the API carried, check it (type by its first bytes, size limit),
// digest it and store it, inside the caller's transaction.
import { createHash, randomUUID } from 'node:crypto';
import type { CommandContext } from '../../domain/actor.ts';
import { ok, type Result } from '../../domain/errors.ts';
import { checkAttachment, type AttachedDocument } from '../../domain/representation/attachment.ts';
import type { Transaction } from '../db/transaction.ts';
import { insertDocument } from './document.repository.ts';

/** An attachment as a request carries it. */
export interface AttachmentInput {
  mediaType: string;
  contentBase64: string;
}

/** Checks and stores an attachment; returns the stored document's reference. */
export async function storeAttachment(
  trx: Transaction,
  ctx: CommandContext,
  field: string,
  input: AttachmentInput,
  maxBytes: number,
): Promise<Result<AttachedDocument>> {
  const content = Buffer.from(input.contentBase64, 'base64');
  const checked = checkAttachment(field, content, input.mediaType, maxBytes);
  if (!checked.ok) return checked;
  const document: AttachedDocument = {
    documentId: randomUUID(),
    sha256: createHash('sha256').update(content).digest('hex'),
    mediaType: checked.value.mediaType,
    sizeBytes: checked.value.sizeBytes,
  };
  await insertDocument(trx, { ...document, content, uploadedBy: ctx.actor.id, uploadedAt: ctx.now });
  return ok(document);
}

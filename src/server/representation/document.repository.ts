// Attached documents (signed consents, filings): the bytes as base64 text with their SHA-256, type and size.
import type { Kysely } from 'kysely';
import type { AttachedDocument } from '../../domain/representation/attachment.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** Stores a document's bytes. */
export async function insertDocument(
  db: Kysely<DatabaseSchema>,
  document: AttachedDocument & { content: Buffer; uploadedBy: string; uploadedAt: string },
): Promise<void> {
  await db
    .insertInto('documents')
    .values({
      id: document.documentId,
      sha256: document.sha256,
      media_type: document.mediaType,
      size_bytes: document.sizeBytes,
      content: document.content.toString('base64'),
      uploaded_by: document.uploadedBy,
      uploaded_at: document.uploadedAt,
    })
    .execute();
}

/** A document with its bytes, or nothing. */
export async function findDocumentContent(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<(AttachedDocument & { content: Buffer }) | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row
    ? {
        documentId: row.id,
        sha256: row.sha256,
        mediaType: row.media_type,
        sizeBytes: Number(row.size_bytes),
        content: Buffer.from(row.content, 'base64'),
      }
    : undefined;
}

// GET /api/v1/dissents/{dissentId}/attachments/{attachmentId}: an attachment's bytes, as a download, for the
// dissent's filer or a reviewer.
import { createRoute, z } from '@hono/zod-openapi';
import { DISSENT_READER_ROLES } from '../../../domain/dissent/dissent-access.ts';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { getDissentAttachment } from '../dissent.service.ts';
import { AttachmentParamSchema } from './dissent.schemas.ts';

/** The Content-Disposition of a download: an ASCII fallback name and the exact name (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^A-Za-z0-9._ -]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Download an attachment. */
export const getDissentAttachmentRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: DISSENT_READER_ROLES },
    route: createRoute({
      method: 'get',
      path: '/api/v1/dissents/{dissentId}/attachments/{attachmentId}',
      tags: ['Dissent'],
      summary: 'Download an attachment of a dissent',
      description:
        'The bytes as filed, always as a download (application/octet-stream, Content-Disposition: attachment) so that no browser renders them; the declared media type is in Refuge-Media-Type and the SHA-256 in Repr-Digest. Only the filer and the reviewers: 404 for anyone else, as for a missing attachment.',
      request: { params: AttachmentParamSchema },
      responses: {
        200: {
          description: 'The file.',
          headers: {
            'Content-Disposition': { schema: { type: 'string' } },
            'Refuge-Media-Type': {
              schema: { type: 'string' },
              description: 'The media type the filer declared.',
            },
            'Repr-Digest': { schema: { type: 'string' }, description: 'sha-256 of the bytes (RFC 9530).' },
          },
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
    }),
    handler: async (c) => {
      const ids = c.req.valid('param');
      const purpose = statedPurpose(c.req.header(PURPOSE_HEADER));
      const { attachment, bytes } = unwrap(
        await getDissentAttachment(app, c.get('viewer')!.id, ids, purpose),
      );
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': attachmentDisposition(attachment.fileName),
        'Refuge-Media-Type': attachment.mediaType,
        'Repr-Digest': `sha-256=:${Buffer.from(attachment.sha256, 'hex').toString('base64')}:`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
    },
  });

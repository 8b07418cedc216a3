// GET /api/v1/filings/{filingId}/content: a filed document's bytes.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { readFilingContent } from '../filing.service.ts';
import { documentContent, FilingParamSchema } from './representation.schemas.ts';

/** Download a filing. */
export const getFilingContentRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'filing', param: 'filingId', action: 'case.read', logRead: true },
    route: createRoute({
      method: 'get',
      path: '/api/v1/filings/{filingId}/content',
      tags: ['Representation'],
      summary: "A filing's document",
      description:
        'The filed document as it was filed, in its own media type, with its SHA-256 in the `X-Content-SHA256` header.',
      request: { params: FilingParamSchema },
      responses: { 200: { description: 'The document.', content: documentContent } },
    }),
    handler: async (c) => {
      const { filingId } = c.req.valid('param');
      const { filing, content } = unwrap(await readFilingContent(app, filingId));
      return c.body(new Uint8Array(content), 200, {
        'content-type': filing.document.mediaType,
        'content-disposition': `attachment; filename="filing-${filingId}"`,
        'x-content-sha256': filing.document.sha256,
      });
    },
  });

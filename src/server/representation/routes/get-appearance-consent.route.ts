// GET /api/v1/appearances/{noticeId}/consent: the client's signed consent attached to a notice, for its reviewer.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { readConsent } from '../appearance.service.ts';
import { documentContent, NoticeParamSchema } from './representation.schemas.ts';

/** Download a notice's signed consent. */
export const getAppearanceConsentRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'appearance',
      param: 'noticeId',
      action: 'case.accept_representation',
      logRead: true,
    },
    route: createRoute({
      method: 'get',
      path: '/api/v1/appearances/{noticeId}/consent',
      tags: ['Representation'],
      summary: "A notice's signed consent",
      description:
        "The client's signed consent as filed, in its own media type, with its SHA-256 in the `X-Content-SHA256` header.",
      request: { params: NoticeParamSchema },
      responses: { 200: { description: 'The document.', content: documentContent } },
    }),
    handler: async (c) => {
      const { noticeId } = c.req.valid('param');
      const document = unwrap(await readConsent(app, noticeId));
      return c.body(new Uint8Array(document.content), 200, {
        'content-type': document.mediaType,
        'content-disposition': `attachment; filename="consent-${noticeId}"`,
        'x-content-sha256': document.sha256,
      });
    },
  });

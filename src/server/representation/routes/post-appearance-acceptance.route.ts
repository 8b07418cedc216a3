// POST /api/v1/appearances/{noticeId}/acceptance: the office (G-28) or the court (EOIR-28) accepts a notice.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { acceptAppearanceNotice } from '../appearance.service.ts';
import { presentReviewedNotice } from '../representation.presenter.ts';
import { AcceptAppearanceSchema, NoticeParamSchema, ReviewedNoticeSchema } from './representation.schemas.ts';

/** Accept a notice of appearance. */
export const postAppearanceAcceptanceRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'appearance',
      param: 'noticeId',
      action: 'case.accept_representation',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/appearances/{noticeId}/acceptance',
      tags: ['Representation'],
      summary: 'Accept a notice of appearance',
      description:
        "Accepts a pending notice: counsel becomes counsel of record and sees the client's case, its hearing notices and filings, until the notice is withdrawn. A G-28 is answered by the office's intake or a supervisor, an EOIR-28 by the court.",
      request: {
        params: NoticeParamSchema,
        body: { required: true, content: { 'application/json': { schema: AcceptAppearanceSchema } } },
      },
      responses: {
        200: {
          description: 'The accepted notice.',
          content: { 'application/json': { schema: ReviewedNoticeSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { noticeId } = c.req.valid('param');
      const notice = unwrap(
        await acceptAppearanceNotice(app, c.get('viewer')!.id, noticeId, c.req.valid('json')),
      );
      return c.json(presentReviewedNotice(notice), 200);
    },
  });

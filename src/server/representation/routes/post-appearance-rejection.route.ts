// POST /api/v1/appearances/{noticeId}/rejection: the office (G-28) or the court (EOIR-28) rejects a notice.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { rejectAppearanceNotice } from '../appearance.service.ts';
import { presentReviewedNotice } from '../representation.presenter.ts';
import { NoticeParamSchema, RejectAppearanceSchema, ReviewedNoticeSchema } from './representation.schemas.ts';

/** Reject a notice of appearance. */
export const postAppearanceRejectionRoute = (app: AppContext) =>
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
      path: '/api/v1/appearances/{noticeId}/rejection',
      tags: ['Representation'],
      summary: 'Reject a notice of appearance',
      description:
        'Rejects a pending notice with a reason counsel reads (e.g. the consent is not signed by the client). Counsel may file a new notice.',
      request: {
        params: NoticeParamSchema,
        body: { required: true, content: { 'application/json': { schema: RejectAppearanceSchema } } },
      },
      responses: {
        200: {
          description: 'The rejected notice.',
          content: { 'application/json': { schema: ReviewedNoticeSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { noticeId } = c.req.valid('param');
      const notice = unwrap(
        await rejectAppearanceNotice(app, c.get('viewer')!.id, noticeId, c.req.valid('json')),
      );
      return c.json(presentReviewedNotice(notice), 200);
    },
  });

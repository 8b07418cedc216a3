// POST /api/v1/appearances/{noticeId}/withdrawal: counsel withdraws a notice of their own (ending the
// representation if it was accepted).
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { withdrawAppearanceNotice } from '../appearance.service.ts';
import { presentOwnNotice } from '../representation.presenter.ts';
import { NoticeParamSchema, OwnNoticeSchema, WithdrawAppearanceSchema } from './representation.schemas.ts';

/** Withdraw a notice of appearance. */
export const postAppearanceWithdrawalRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['counsel'] },
    route: createRoute({
      method: 'post',
      path: '/api/v1/appearances/{noticeId}/withdrawal',
      tags: ['Representation'],
      summary: 'Withdraw a notice of appearance',
      description:
        "Withdraws one of the caller's pending or accepted notices. An accepted one's representation ends with it: the client's case is no longer visible to the caller. Another counsel's notice answers 404 like a missing one.",
      request: {
        params: NoticeParamSchema,
        body: { required: true, content: { 'application/json': { schema: WithdrawAppearanceSchema } } },
      },
      responses: {
        200: {
          description: 'The withdrawn notice.',
          content: { 'application/json': { schema: OwnNoticeSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { noticeId } = c.req.valid('param');
      const notice = unwrap(
        await withdrawAppearanceNotice(app, c.get('viewer')!.id, noticeId, c.req.valid('json')),
      );
      return c.json(presentOwnNotice(notice), 200);
    },
  });

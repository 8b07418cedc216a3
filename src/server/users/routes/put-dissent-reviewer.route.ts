// PUT /api/v1/users/{userId}/dissent-reviewer: an administrator designates a dissent reviewer, or removes one.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { setUserDissentReviewer } from '../account-admin.service.ts';
import { presentAccount } from '../account.presenter.ts';
import { AccountSchema, DissentReviewerSchema, UserParamSchema } from './users.schemas.ts';

/** Designate or remove a dissent reviewer. */
export const putDissentReviewerRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['admin'] },
    route: createRoute({
      method: 'put',
      path: '/api/v1/users/{userId}/dissent-reviewer',
      tags: ['Users'],
      summary: 'Designate or remove a dissent reviewer',
      description:
        'Dissent reviewers read every policy dissent, with its filer, and answer in writing within 60 days. Officer, supervisor, analyst and admin users may be designated.',
      request: {
        params: UserParamSchema,
        body: { required: true, content: { 'application/json': { schema: DissentReviewerSchema } } },
      },
      responses: {
        200: {
          description: 'The changed account.',
          content: { 'application/json': { schema: AccountSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { userId } = c.req.valid('param');
      const { isDissentReviewer } = c.req.valid('json');
      const account = unwrap(
        await setUserDissentReviewer(app, c.get('viewer')!.id, { id: userId }, isDissentReviewer),
      );
      return c.json(presentAccount(account), 200);
    },
  });

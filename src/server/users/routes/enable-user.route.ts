// POST /api/v1/users/{userId}/enable: an administrator enables a disabled account.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { enableUser } from '../account-admin.service.ts';
import { presentAccount } from '../account.presenter.ts';
import { AccountSchema, UserParamSchema } from './users.schemas.ts';

/** Enable an account. */
export const enableUserRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['admin'] },
    route: createRoute({
      method: 'post',
      path: '/api/v1/users/{userId}/enable',
      tags: ['Users'],
      summary: 'Enable an account',
      description:
        'The user may sign in again. Sessions and tokens ended when the account was disabled stay ended.',
      request: { params: UserParamSchema },
      responses: {
        200: {
          description: 'The enabled account.',
          content: { 'application/json': { schema: AccountSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { userId } = c.req.valid('param');
      const account = unwrap(await enableUser(app, c.get('viewer')!.id, { id: userId }));
      return c.json(presentAccount(account), 200);
    },
  });

// POST /api/v1/users/{userId}/disable: an administrator disables an account, with a reason.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { disableUser } from '../account-admin.service.ts';
import { presentAccount } from '../account.presenter.ts';
import { AccountSchema, DisableAccountSchema, UserParamSchema } from './users.schemas.ts';

/** Disable an account. */
export const disableUserRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['admin'] },
    route: createRoute({
      method: 'post',
      path: '/api/v1/users/{userId}/disable',
      tags: ['Users'],
      summary: 'Disable an account',
      description:
        'The account can no longer sign in; its sessions and bearer tokens end at once. The reason goes into the signed ledger. The last active administrator cannot be disabled.',
      request: {
        params: UserParamSchema,
        body: { required: true, content: { 'application/json': { schema: DisableAccountSchema } } },
      },
      responses: {
        200: {
          description: 'The disabled account.',
          content: { 'application/json': { schema: AccountSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { userId } = c.req.valid('param');
      const { reason } = c.req.valid('json');
      const account = unwrap(await disableUser(app, c.get('viewer')!.id, { id: userId }, reason));
      return c.json(presentAccount(account), 200);
    },
  });

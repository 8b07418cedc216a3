// PUT /api/v1/users/{userId}/role: an administrator changes an account's role and office.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { changeUserRole } from '../account-admin.service.ts';
import { presentAccount } from '../account.presenter.ts';
import { AccountRoleSchema, AccountSchema, UserParamSchema } from './users.schemas.ts';

/** Change role and office. */
export const putUserRoleRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['admin'] },
    route: createRoute({
      method: 'put',
      path: '/api/v1/users/{userId}/role',
      tags: ['Users'],
      summary: 'Change role and office',
      description:
        "Sets the account's role, and its office (an office role keeps the current one when none is given). The user's sessions end: they sign in again under the new role. A dissent reviewer moved to a role that may not review stops being one. The last active administrator cannot be moved out of the role.",
      request: {
        params: UserParamSchema,
        body: { required: true, content: { 'application/json': { schema: AccountRoleSchema } } },
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
      const input = c.req.valid('json');
      const account = unwrap(await changeUserRole(app, c.get('viewer')!.id, { id: userId }, input));
      return c.json(presentAccount(account), 200);
    },
  });

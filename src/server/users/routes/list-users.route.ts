// GET /api/v1/users: the accounts, by login name, for administrators.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { listAccounts } from '../account-admin.service.ts';
import { presentAccount } from '../account.presenter.ts';
import { AccountListQuerySchema, AccountPageSchema } from './users.schemas.ts';

/** List accounts. */
export const listUsersRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['admin'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/users',
      tags: ['Users'],
      summary: 'List accounts',
      description:
        'Accounts by login name: role, office, whether disabled, whether a dissent reviewer. Never a password hash or a key.',
      request: { query: AccountListQuerySchema },
      responses: {
        200: {
          description: 'A page of accounts.',
          content: { 'application/json': { schema: AccountPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { isDissentReviewer, ...query } = c.req.valid('query');
      const page = unwrap(
        await listAccounts(app, c.get('viewer')!.id, {
          ...query,
          isDissentReviewer: isDissentReviewer === undefined ? undefined : isDissentReviewer === 'true',
        }),
      );
      return c.json({ items: page.items.map(presentAccount), nextCursor: page.nextCursor }, 200);
    },
  });

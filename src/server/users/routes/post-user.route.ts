// POST /api/v1/users: an administrator creates an account.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { createAccount } from '../account-admin.service.ts';
import { presentAccount } from '../account.presenter.ts';
import { AccountSchema, NewAccountSchema } from './users.schemas.ts';

/** Create an account. */
export const postUserRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['admin'] },
    route: createRoute({
      method: 'post',
      path: '/api/v1/users',
      tags: ['Users'],
      summary: 'Create an account',
      description:
        'Creates an account with its own signing key (registered in the ledger). The password, at least 12 characters, is sent once and stored only as an argon2id hash. Intake, officer, supervisor and court users need an office.',
      request: { body: { required: true, content: { 'application/json': { schema: NewAccountSchema } } } },
      responses: {
        201: { description: 'The new account.', content: { 'application/json': { schema: AccountSchema } } },
      },
    }),
    handler: async (c) => {
      const input = c.req.valid('json');
      const account = unwrap(await createAccount(app, c.get('viewer')!.id, input));
      return c.json(presentAccount(account), 201);
    },
  });

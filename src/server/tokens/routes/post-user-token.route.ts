// POST /api/v1/users/{userId}/tokens: an administrator creates a bearer token for a user; the secret is in the
// 201 body, once.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { UserParamSchema } from '../../users/routes/users.schemas.ts';
import { createTokenForUser } from '../token-admin.service.ts';
import { CreateTokenSchema, NewTokenSchema } from './tokens.schemas.ts';

/** Create a token for a user. */
export const postUserTokenRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['admin'] },
    route: createRoute({
      method: 'post',
      path: '/api/v1/users/{userId}/tokens',
      tags: ['Tokens'],
      summary: 'Create a bearer token for a user',
      description:
        'A token for scripts that acts as the user. The secret is in this response only: the store keeps its SHA-256. Creating it is a signed ledger event.',
      request: {
        params: UserParamSchema,
        body: { required: true, content: { 'application/json': { schema: CreateTokenSchema } } },
      },
      responses: {
        201: {
          description: 'The token, shown once.',
          content: { 'application/json': { schema: NewTokenSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { userId } = c.req.valid('param');
      const { expiresInDays } = c.req.valid('json');
      const created = unwrap(await createTokenForUser(app, c.get('viewer')!.id, userId, expiresInDays));
      c.header('Cache-Control', 'no-store');
      return c.json(created, 201);
    },
  });

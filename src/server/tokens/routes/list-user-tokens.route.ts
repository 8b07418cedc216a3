// GET /api/v1/users/{userId}/tokens: an administrator lists a user's bearer tokens.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { UserParamSchema } from '../../users/routes/users.schemas.ts';
import { listTokensOfUser } from '../token-admin.service.ts';
import { TokenListQuerySchema, TokenPageSchema } from './tokens.schemas.ts';

/** A user's tokens. */
export const listUserTokensRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['admin'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/users/{userId}/tokens',
      tags: ['Tokens'],
      summary: "A user's bearer tokens",
      description:
        'Newest first: when each was created, expires, was last used and revoked. Never the secret.',
      request: { params: UserParamSchema, query: TokenListQuerySchema },
      responses: {
        200: {
          description: 'A page of tokens.',
          content: { 'application/json': { schema: TokenPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { userId } = c.req.valid('param');
      const page = unwrap(await listTokensOfUser(app, c.get('viewer')!.id, userId, c.req.valid('query')));
      return c.json(page, 200);
    },
  });

// GET /api/v1/tokens: the caller's own bearer tokens.
import { createRoute } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/actor.ts';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { listTokensOfUser } from '../token-admin.service.ts';
import { TokenListQuerySchema, TokenPageSchema } from './tokens.schemas.ts';

/** My tokens. */
export const listMyTokensRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ROLES },
    route: createRoute({
      method: 'get',
      path: '/api/v1/tokens',
      tags: ['Tokens'],
      summary: 'My bearer tokens',
      description: 'Newest first, never the secret. Ask an administrator for a new one.',
      request: { query: TokenListQuerySchema },
      responses: {
        200: {
          description: 'A page of tokens.',
          content: { 'application/json': { schema: TokenPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const viewer = c.get('viewer')!;
      const page = unwrap(await listTokensOfUser(app, viewer.id, viewer.id, c.req.valid('query')));
      return c.json(page, 200);
    },
  });

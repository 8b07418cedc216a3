// DELETE /api/v1/tokens/{tokenId}: revoke a bearer token (an administrator any, a user their own).
import { createRoute } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/actor.ts';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { revokeApiTokenById } from '../../auth/api-token.service.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { TokenParamSchema, TokenSchema } from './tokens.schemas.ts';

/** Revoke a token. */
export const deleteTokenRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ROLES },
    route: createRoute({
      method: 'delete',
      path: '/api/v1/tokens/{tokenId}',
      tags: ['Tokens'],
      summary: 'Revoke a bearer token',
      description:
        "The token stops working at once. Administrators revoke anyone's; other users their own (another user's token answers 404, as a missing one). Revoking is a signed ledger event.",
      request: { params: TokenParamSchema },
      responses: {
        200: { description: 'The revoked token.', content: { 'application/json': { schema: TokenSchema } } },
      },
    }),
    handler: async (c) => {
      const { tokenId } = c.req.valid('param');
      const token = unwrap(await revokeApiTokenById(app, c.get('viewer')!.id, tokenId));
      return c.json(token, 200);
    },
  });

// GET /api/v1/session: who is signed in, and the CSRF token (a reloaded web app reads it here).
import { createRoute } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/actor.ts';
import { csrfTokenFor } from '../secret-token.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { readSessionCookie } from '../../http/api/session-cookie.ts';
import { CurrentSessionSchema } from './session.schemas.ts';

/** The current session. */
export const getSessionRoute = () =>
  defineRoute({
    access: { kind: 'signed-in', roles: ROLES },
    route: createRoute({
      method: 'get',
      path: '/api/v1/session',
      tags: ['Sessions'],
      summary: 'The current session',
      responses: {
        200: {
          description: 'The signed-in user.',
          content: { 'application/json': { schema: CurrentSessionSchema } },
        },
      },
    }),
    handler: (c) => {
      const viewer = c.get('viewer')!;
      const cookie = viewer.credential.kind === 'session' ? readSessionCookie(c) : undefined;
      return c.json(
        {
          user: {
            id: viewer.id,
            name: viewer.name,
            role: viewer.role,
            office: viewer.office,
            isDissentReviewer: viewer.isDissentReviewer,
          },
          credential: viewer.credential.kind,
          csrfToken: cookie ? csrfTokenFor(cookie) : null,
        },
        200,
      );
    },
  });

// DELETE /api/v1/session: sign out (the session ends on the server, and the cookie is cleared).
import { createRoute } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { clearSessionCookie, readSessionCookie } from '../../http/api/session-cookie.ts';
import { signOut } from '../sign-in.service.ts';

/** Sign out. */
export const deleteSessionRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ROLES },
    route: createRoute({
      method: 'delete',
      path: '/api/v1/session',
      tags: ['Sessions'],
      summary: 'Sign out',
      responses: { 204: { description: 'Signed out; the session can no longer be used.' } },
    }),
    handler: async (c) => {
      const cookie = readSessionCookie(c);
      if (cookie && c.get('viewer')?.credential.kind === 'session') await signOut(app, cookie);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  });

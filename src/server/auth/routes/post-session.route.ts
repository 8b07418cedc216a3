// POST /api/v1/session: sign in with name and password; sets the session cookie, returns the CSRF token.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import { clientAddress } from '../../http/api/client-address.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { writeSessionCookie } from '../../http/api/session-cookie.ts';
import type { AppContext } from '../../app-context.ts';
import { signIn } from '../sign-in.service.ts';
import { SessionSchema, SignInSchema } from './session.schemas.ts';

/** Sign in. */
export const postSessionRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    csrfExempt: true,
    extraErrors: [401, 429],
    route: createRoute({
      method: 'post',
      path: '/api/v1/session',
      tags: ['Sessions'],
      summary: 'Sign in',
      description:
        'Checks the name and password and opens a session: an HttpOnly, SameSite=Strict cookie, and a CSRF token to echo in X-CSRF-Token on every state-changing request. Repeated failures lock the account for a while and refuse the address.',
      request: { body: { required: true, content: { 'application/json': { schema: SignInSchema } } } },
      responses: {
        201: { description: 'Signed in.', content: { 'application/json': { schema: SessionSchema } } },
      },
    }),
    handler: async (c) => {
      const { name, password } = c.req.valid('json');
      const session = unwrap(await signIn(app, { name, password, address: clientAddress(c) }));
      writeSessionCookie(c, session.sessionToken);
      return c.json({ user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt }, 201);
    },
  });

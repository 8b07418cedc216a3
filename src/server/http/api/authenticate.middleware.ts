// Recognises the caller of every API request from a bearer token or the session cookie. A refused credential is
// remembered, not raised: a public route still answers, and a route that needs sign-in raises it.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { csrfTokenFor, sameSecret } from '../../auth/secret-token.ts';
import { authenticate } from '../../auth/sign-in.service.ts';
import type { ApiEnv } from './api-env.ts';
import { CSRF_HEADER, readSessionCookie } from './session-cookie.ts';

/** Sets `viewer`, `credentialError` and `hasCsrfToken` for the routes. */
export function authenticateRequests(app: AppContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    c.set('viewer', null);
    c.set('grant', null);
    c.set('credentialError', null);
    c.set('hasCsrfToken', false);
    const authorization = c.req.header('authorization');
    const sessionToken = readSessionCookie(c);
    if (authorization !== undefined) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      const result = bearer
        ? await authenticate(app, { kind: 'token', secret: bearer })
        : {
            ok: false as const,
            error: new AppError('UNAUTHENTICATED', 'Send the token as "Authorization: Bearer <token>".'),
          };
      if (result.ok) c.set('viewer', result.value);
      else c.set('credentialError', result.error);
      c.set('hasCsrfToken', true); // a bearer token is never sent by a browser on its own
    } else if (sessionToken !== undefined) {
      const result = await authenticate(app, { kind: 'session', secret: sessionToken });
      if (result.ok) c.set('viewer', result.value);
      else c.set('credentialError', result.error);
      const echoed = c.req.header(CSRF_HEADER);
      c.set('hasCsrfToken', echoed !== undefined && sameSecret(echoed, csrfTokenFor(sessionToken)));
    }
    await next();
  };
}

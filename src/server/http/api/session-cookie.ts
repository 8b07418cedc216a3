// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure and
// __Host- prefixed over TLS. Its CSRF token travels separately, in a header the web app sets.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const PLAIN = 'refuge_session';
const OVER_TLS = '__Host-refuge_session';

/** The header a browser echoes the CSRF token in on every state-changing request. */
export const CSRF_HEADER = 'X-CSRF-Token';

const isTls = (c: Context): boolean => new URL(c.req.url).protocol === 'https:';

/** The session token the request carries, if any. */
export const readSessionCookie = (c: Context): string | undefined =>
  getCookie(c, OVER_TLS) ?? getCookie(c, PLAIN);

/** Sets the cookie of a new session. It carries no expiry of its own: the store ends the session (idle and absolute
 * limits), and an expiry computed by the server's clock would make a browser whose clock differs drop the cookie. */
export function writeSessionCookie(c: Context, token: string): void {
  const secure = isTls(c);
  setCookie(c, secure ? OVER_TLS : PLAIN, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: '/',
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context): void {
  const secure = isTls(c);
  deleteCookie(c, secure ? OVER_TLS : PLAIN, { path: '/', secure });
}

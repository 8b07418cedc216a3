// An in-process HTTP client for API tests: signs a test-world user in through the real route, keeps the cookie and
// CSRF token, and sends JSON requests through the Hono app without a port.
import type { Hono } from 'hono';
import type { TestWorld } from './app.ts';

/** A signed-in caller (or an anonymous one). */
export interface ApiCaller {
  /** Sends a request; JSON bodies are serialised, the session cookie and CSRF token added when signed in. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  cookie: string | null;
  csrfToken: string | null;
}

/** The synthetic password every test-world user has. */
export const TEST_PASSWORD = 'synthetic-test-password';

/** A caller with no credentials. */
export function anonymous(http: Hono, env?: unknown): ApiCaller {
  return callerWith(http, null, null, env);
}

/** Signs in `name` (a test-world user name) with the test password and returns the caller. */
export async function signInAs(http: Hono, name: string, env?: unknown): Promise<ApiCaller> {
  const response = await anonymous(http, env).request('POST', '/api/v1/session', {
    name,
    password: TEST_PASSWORD,
  });
  if (response.status !== 201)
    throw new Error(`sign-in of ${name} failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return callerWith(http, cookie, csrfToken, env);
}

/** A caller authenticating with a bearer token. */
export function bearer(http: Hono, token: string): ApiCaller {
  const caller = callerWith(http, null, null);
  return {
    ...caller,
    request: (method, path, body, headers = {}) =>
      caller.request(method, path, body, { authorization: `Bearer ${token}`, ...headers }),
  };
}

/** The login name of each test-world user key. */
export const TEST_USER_NAMES: Record<keyof TestWorld['users'], string> = {
  intake: 'intake1',
  officer: 'officer1',
  officer2: 'officer2',
  supervisor: 'supervisor1',
  supervisor2: 'supervisor2',
  court: 'judge1',
  counsel: 'counsel1',
  admin: 'admin1',
  analyst: 'analyst1',
};

function callerWith(http: Hono, cookie: string | null, csrfToken: string | null, env?: unknown): ApiCaller {
  return {
    cookie,
    csrfToken,
    request: (method, path, body, headers = {}) =>
      Promise.resolve(
        http.request(
          path,
          {
            method,
            headers: {
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
              ...(cookie ? { cookie } : {}),
              ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
              ...headers,
            },
            body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
          },
          env,
        ),
      ),
  };
}

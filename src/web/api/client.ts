// The typed API client: openapi-fetch over the types generated from the server's OpenAPI document, the session
// cookie sent by the browser, the CSRF token echoed on every write. Failures come back as one `ApiProblem`.
import createClient, { type Middleware } from 'openapi-fetch';
import type { ErrorCode } from '../../domain/errors.ts';
import type { paths } from './api-types.ts';

/** The error shape every route answers with, or NETWORK when no answer came. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    /** The server's English sentence: the fallback when the page has no translation. */
    message: string,
    readonly details: Record<string, unknown>,
    readonly status: number,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from signing in, or from GET /api/v1/session). */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken !== null && WRITES.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/** Called when any answer says the session has ended, so the app can return to sign-in. */
let onSessionEnded: () => void = () => undefined;
export const whenSessionEnds = (listener: () => void): void => {
  onSessionEnded = listener;
};

const sessionWatch: Middleware = {
  onResponse({ response, request }) {
    if (response.status === 401 && !request.url.endsWith('/api/v1/session')) onSessionEnded();
    return response;
  },
};

/** The client. Paths, parameters, bodies and answers are typed from the API's own schemas. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrf, sessionWatch);

/** Turns an error body (or a failed fetch) into an ApiProblem. */
export function toProblem(error: unknown, status: number): ApiProblem {
  const body = (error as { error?: Partial<ApiProblem> } | undefined)?.error;
  if (body?.code !== undefined) return new ApiProblem(body.code, body.message ?? '', body.details ?? {}, status);
  return new ApiProblem(status === 0 ? 'NETWORK' : 'INTERNAL', '', {}, status);
}

/** The answer's data, or throws its ApiProblem. For use with `useApi` and forms. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw toProblem(undefined, 0);
  }
  if (result.error !== undefined || !result.response.ok) throw toProblem(result.error, result.response.status);
  return result.data as T;
}

/** Whether a thrown value is an ApiProblem. */
export const isApiProblem = (value: unknown): value is ApiProblem => value instanceof ApiProblem;

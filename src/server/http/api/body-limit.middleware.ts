// The request body limit of every API route. A body whose length the request declares (Content-Length, no
// Transfer-Encoding) is judged by that header alone, and a GET or HEAD without a body passes at once: Hono's
// bodyLimit asks for the request's body stream first, which on @hono/node-server builds a full WHATWG Request (and
// its stream) for every request, GETs included, and takes the JSON body off its fast path. Only a chunked body, whose
// length nobody declared, is counted as it streams in (by Hono's bodyLimit).
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Refuses bodies over `maxSize` bytes through `onTooLarge` (which throws or answers). */
export function limitBody(
  maxSize: number,
  onTooLarge: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const counted = bodyLimit({ maxSize, onError: onTooLarge });
  return async (c, next) => {
    const isChunked = c.req.header('transfer-encoding') !== undefined;
    const length = c.req.header('content-length');
    if (!isChunked && length !== undefined)
      return Number.parseInt(length, 10) > maxSize ? onTooLarge(c) : next();
    // HTTP/1.1 gives a request a body only through one of the two headers.
    if (!isChunked && (c.req.method === 'GET' || c.req.method === 'HEAD')) return next();
    return counted(c, next);
  };
}

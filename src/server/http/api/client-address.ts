// The network address of the client, from the socket (never from a header a client could forge).
import type { Context } from 'hono';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/** The client's address as the server's socket sees it ('unknown' for in-process requests). */
export const clientAddress = (c: Context): string =>
  (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';

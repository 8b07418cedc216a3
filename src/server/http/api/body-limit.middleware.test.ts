// The body limit judges a declared length by its header and lets a bodyless GET through, without asking for the
// request's body stream (which costs a full Request per request on the Node server); a chunked body is counted.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { limitBody } from './body-limit.middleware.ts';

const LIMIT = 16;

// A request that counts how often its body stream is asked for.
function watched(input: string, init: RequestInit = {}): { request: Request; bodyReads: () => number } {
  const request = new Request(`http://localhost${input}`, init);
  let reads = 0;
  Object.defineProperty(request, 'body', {
    get: () => {
      reads++;
      return Reflect.get(Request.prototype, 'body', request) as ReadableStream | null;
    },
  });
  return { request, bodyReads: () => reads };
}

function appWithLimit(): Hono {
  const app = new Hono();
  app.use(
    '*',
    limitBody(LIMIT, (c) => c.json({ error: 'too large' }, 413)),
  );
  app.get('/thing', (c) => c.text('read'));
  app.post('/thing', async (c) => c.text(`got ${(await c.req.text()).length}`));
  return app;
}

const stream = (text: string): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

describe('limitBody', () => {
  it('lets a GET without a body through without asking for its body stream', async () => {
    const { request, bodyReads } = watched('/thing');
    const response = await appWithLimit().fetch(request);
    expect([response.status, await response.text(), bodyReads()]).toEqual([200, 'read', 0]);
  });

  it('refuses a body whose declared length is over the limit, before reading it', async () => {
    const { request, bodyReads } = watched('/thing', {
      method: 'POST',
      headers: { 'content-length': String(LIMIT + 1) },
      body: 'x'.repeat(LIMIT + 1),
    });
    const response = await appWithLimit().fetch(request);
    expect([response.status, bodyReads()]).toEqual([413, 0]);
  });

  it('passes a body whose declared length is within the limit to the handler', async () => {
    const response = await appWithLimit().request('/thing', {
      method: 'POST',
      headers: { 'content-length': String(LIMIT) },
      body: 'x'.repeat(LIMIT),
    });
    expect([response.status, await response.text()]).toEqual([200, `got ${LIMIT}`]);
  });

  it('counts a chunked body as it streams in: over the limit is refused, within it passes', async () => {
    const app = appWithLimit();
    const post = (text: string) =>
      app.request('/thing', {
        method: 'POST',
        headers: { 'transfer-encoding': 'chunked' },
        body: stream(text),
        duplex: 'half',
      } as RequestInit);
    const over = await post('x'.repeat(LIMIT + 1));
    const within = await post('x'.repeat(LIMIT));
    expect([over.status, within.status, await within.text()]).toEqual([413, 200, `got ${LIMIT}`]);
  });

  it('counts a body that declares no length at all (a stream sent in process)', async () => {
    const response = await appWithLimit().request('/thing', {
      method: 'POST',
      body: stream('x'.repeat(LIMIT + 1)),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});

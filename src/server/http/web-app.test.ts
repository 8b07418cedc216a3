// Serving the web app: its page for any address a browser navigates to, with the demo banner (naming the password
// only on loopback), hashed assets cached for good, a JSON 404 for anything else, and a plain page before a build.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../users/demo-password.ts';
import { mountWebApp } from './web-app.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'refuge-web-'));
mkdirSync(path.join(folder, 'assets'));
writeFileSync(
  path.join(folder, 'index.html'),
  '<!doctype html><html><body><!--refuge-demo-banner--><div id="root"></div></body></html>',
);
writeFileSync(path.join(folder, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const html = { headers: { accept: 'text/html,application/xhtml+xml' } };
const appWith = (options: { webFolder?: string; isDemo?: boolean; showsDemoPassword?: boolean }) => {
  const http = new Hono();
  mountWebApp(http, {
    webFolder: options.webFolder ?? folder,
    isDemo: options.isDemo ?? false,
    showsDemoPassword: options.showsDemoPassword ?? false,
  });
  return http;
};

describe('the web app', () => {
  it('answers every page address a browser asks for with the app’s one page', async () => {
    const http = appWith({});
    for (const [address, init] of [
      ['/', html],
      ['/queue', html],
      ['/screenings/abc', html],
      ['/dashboard?fy=2020', { headers: { accept: '*/*' } }],
      ['/', {}],
    ] as const) {
      const response = await http.request(address, init);
      expect(response.status, address).toBe(200);
      const body = await response.text();
      expect(body).toContain('<div id="root">');
      expect(body).not.toContain('DEMO STORE');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves the hashed assets with a long cache, and a JSON 404 for a missing one', async () => {
    const http = appWith({});
    const asset = await http.request('/assets/app-1a2b3c.js');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log("app")');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const missing = await http.request('/assets/nope.js', html);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('answers a non-page request or an API address with the JSON error shape', async () => {
    const http = appWith({});
    for (const [address, init] of [
      ['/queue', { headers: { accept: 'application/json' } }],
      ['/api/v2/anything', html],
      ['/favicon.ico', html],
    ] as const) {
      const response = await http.request(address, init);
      expect(response.status, address).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('puts the demo banner on a demo store’s page, naming the password on loopback only', async () => {
    const loopback = await (await appWith({ isDemo: true, showsDemoPassword: true }).request('/', html)).text();
    expect(loopback).toContain('DEMO STORE: SYNTHETIC DATA');
    expect(loopback).toContain(DEMO_PASSWORD);
    const open = await (await appWith({ isDemo: true, showsDemoPassword: false }).request('/', html)).text();
    expect(open).toContain('DEMO STORE: SYNTHETIC DATA');
    expect(open).not.toContain(DEMO_PASSWORD);
  });

  it('serves a plain page saying what the server is until the app is built', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'refuge-web-empty-'));
    try {
      const response = await appWith({ webFolder: empty }).request('/', html);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<h1>Refuge</h1>');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('compressed assets', () => {
  it('sends the build’s Brotli copy to a browser that accepts it, and the plain file to one that does not', async () => {
    const { brotliCompressSync, brotliDecompressSync } = await import('node:zlib');
    const plain = 'console.log("compressed")'.repeat(50);
    writeFileSync(path.join(folder, 'assets', 'big-9f8e7d.js'), plain);
    writeFileSync(path.join(folder, 'assets', 'big-9f8e7d.js.br'), brotliCompressSync(plain));
    const http = appWith({});
    const compressed = await http.request('/assets/big-9f8e7d.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('content-type')).toContain('javascript');
    expect(brotliDecompressSync(Buffer.from(await compressed.arrayBuffer())).toString()).toBe(plain);
    const identity = await http.request('/assets/big-9f8e7d.js', { headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(await identity.text()).toBe(plain);
  });
});

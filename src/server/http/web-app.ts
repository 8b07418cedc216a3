// Serves the built web app (dist/web): its hashed assets, cached for good, and its one page for every address a
// browser navigates to (the app routes on the client). A demo store's page carries the banner, with the published
// password only while the server listens on loopback. A request for JSON, an API address or a missing file answers
// with the JSON error shape.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { AppError } from '../../domain/errors.ts';
import { DEMO_BANNER_HTML, DEMO_BANNER_PUBLIC_HTML } from './demo-marking.ts';
import { landingPage } from './landing-page.ts';

/** How the app's page presents itself. */
export interface WebAppOptions {
  /** The built app's folder (dist/web). */
  webFolder: string;
  isDemo: boolean;
  /** A demo store on loopback names its published password in the banner; on a public address it never does. */
  showsDemoPassword: boolean;
}

const BANNER_SLOT = '<!--refuge-demo-banner-->';

const notFound = () =>
  new AppError('NOT_FOUND', 'No such endpoint: check the method and the address.', { method: 'GET' }).toJSON();

/** Mounts the web app on `http`, after the API. */
export function mountWebApp(http: Hono, options: WebAppOptions): void {
  const indexFile = path.join(options.webFolder, 'index.html');
  // Read once: the folder is rebuilt only before a server starts.
  const built = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
  const banner = !options.isDemo ? '' : options.showsDemoPassword ? DEMO_BANNER_HTML : DEMO_BANNER_PUBLIC_HTML;
  const page = built?.replace(BANNER_SLOT, banner) ?? landingPage({ isDemo: options.isDemo });

  // Asset names carry their content's hash, so a browser may keep each for good.
  http.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The build wrote a Brotli and a gzip copy of each text asset: sent as such to a browser that accepts them.
  http.use(
    '/assets/*',
    serveStatic({ root: path.relative(process.cwd(), options.webFolder) || '.', precompressed: true }),
  );
  http.get('*', (c) => {
    // A page address is any GET outside /api/ naming no file, unless the client asks for JSON alone.
    const accept = c.req.header('accept') ?? '';
    const wantsJson = accept.includes('application/json') && !accept.includes('text/html');
    if (wantsJson || c.req.path.startsWith('/api/') || path.extname(c.req.path) !== '')
      return c.json(notFound(), 404);
    c.header('Cache-Control', 'no-cache');
    return c.html(page);
  });
}

// `npm run screenshots`: the README's pictures, taken from a fresh demo store as a new user sees it after
// `npm start` (synthetic data, the demo banner on every page): the public dashboard once the demo's synthetic court
// data is imported, and an officer's screening page from their queue. Debian's Chromium, off the network; the
// store lives in a temporary folder removed afterwards. Writes docs/screenshots/dashboard.png and screening.png.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/browser/chromium.ts';

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3970);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = resolve('docs/screenshots');
const VIEW = { width: 1280, height: 900 };

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `path` until it answers 200, for up to `seconds`. */
async function until(path: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (
      await fetch(BASE + path).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await wait(500);
  }
  throw new Error(`${path} did not answer within ${seconds} s`);
}

const dataDir = await mkdtemp(join(tmpdir(), 'refuge-screenshots-'));
const server = spawn(process.execPath, ['bin/refuge.js', 'serve', '--demo', '--port', String(PORT)], {
  env: { ...process.env, REFUGE_DATA_DIR: dataDir },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const browser = await launchChromium();
try {
  await until('/healthz', 120);
  await until('/api/v1/dashboard/figures/court-funnel', 300); // the demo's court data, imported after listening
  const context = await browser.newContext({ baseURL: BASE, viewport: VIEW, locale: 'en-US' });
  await context.route(
    (url) => !url.href.startsWith(BASE),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();

  await page.goto('/dashboard');
  await page.locator('[data-figure="court-funnel"] [data-synthetic]').waitFor();
  await page.locator('[data-figure="office-funnel"] .refuge-chart svg').waitFor();
  await page.screenshot({
    path: join(OUT, 'dashboard.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 1800 },
  });

  await page.goto('/sign-in');
  await page.getByLabel('User name').fill('elp.officer1');
  await page.getByLabel('Password').fill('refuge-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/queue');
  await page.locator('tr[data-screening] a').first().click();
  await page.locator('td[data-signature]').first().waitFor();
  await page.screenshot({
    path: join(OUT, 'screening.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 1800 },
  });
  await context.close();
  process.stdout.write(`Wrote ${join(OUT, 'dashboard.png')} and ${join(OUT, 'screening.png')}\n`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  await rm(dataDir, { recursive: true, force: true });
}

// A running server for the browser: a test world (synthetic users, one per role, office HOU) listening on a free
// loopback port, a browser, and helpers to sign in, open pages, check accessibility and keep a screenshot of each.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createHttpApp } from '../../src/server/http/app.ts';
import { listen, type RunningServer } from '../../src/server/http/server.ts';
import { createTestWorld, type TestWorld } from '../app.ts';
import { signInAs, TEST_PASSWORD, type ApiCaller } from '../http-client.ts';
import { launchChromium } from './chromium.ts';

/** Where screenshots are kept (a CI artifact; ignored by git). */
export const SCREENSHOT_DIR = path.resolve('test-artifacts/screenshots');

/** How long starting a browser (and installing Chromium on a bare machine) may take. */
export const BROWSER_SETUP_MS = 600_000;

export interface WebWorld {
  world: TestWorld;
  server: RunningServer;
  baseUrl: string;
  browser: Browser;
  /** The API in process, for arranging what a test needs before the browser acts. */
  api(name: string): Promise<ApiCaller>;
  /** A fresh browser context (its own cookies), in a language. */
  newPage(language?: 'en' | 'es'): Promise<{ context: BrowserContext; page: Page }>;
  /** Signs in through the sign-in page and waits for the start page. */
  signIn(page: Page, name: string): Promise<void>;
  dispose(): Promise<void>;
}

/** Starts the world (SQLite: the API is tested on both dialects; the browser tests the pages). */
export async function createWebWorld(now = '2019-09-02T12:00:00.000Z'): Promise<WebWorld> {
  const world = await createTestWorld('sqlite', now);
  const server = await listen(world.app, { port: 0, isDemoPublic: false });
  const baseUrl = `http://127.0.0.1:${server.address.port}`;
  const browser = await launchChromium();
  const http = createHttpApp(world.app, { isDemo: false });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    world,
    server,
    baseUrl,
    browser,
    api: (name) => signInAs(http, name),
    async newPage(language = 'en') {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: language === 'es' ? 'es-ES' : 'en-US',
      });
      // Anything that is not this server is refused: the app must load nothing from another host. Blob and data
      // addresses are the page's own memory (a CSV download), not the network.
      const isLocal = (url: URL) =>
        url.href.startsWith(baseUrl) || url.protocol === 'blob:' || url.protocol === 'data:';
      await context.route(
        (url) => !isLocal(url),
        (route) => route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      return { context, page };
    },
    async signIn(page, name) {
      await page.goto('/sign-in');
      await page.getByLabel(/^(User name|Nombre de usuario)$/).fill(name);
      await page.getByLabel(/^(Password|Contraseña)$/).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: /^(Sign in|Iniciar sesión)$/ }).click();
      await page.waitForURL((url) => url.pathname !== '/sign-in');
    },
    async dispose() {
      await browser.close();
      await server.close();
      await world.dispose();
    },
  };
}

/** Keeps a full-page screenshot under test-artifacts/screenshots/<name>.png. */
export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

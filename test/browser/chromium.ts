// Debian's Chromium for the browser tests, never a browser download: found at /usr/bin/chromium (or CHROME_PATH),
// installed with apt-get when the tests run as root and it is missing, else a message saying exactly what to run.
// Launched headless and off the network.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_PATH = '/usr/bin/chromium';

/** Flags that keep the browser off the network and quiet: no updates, sync, background fetches or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The Chromium executable, installing Debian's package first when running as root and it is missing. */
export function chromiumPath(): string {
  const wanted = process.env.CHROME_PATH ?? DEFAULT_PATH;
  if (existsSync(wanted)) return wanted;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    process.stderr.write('Chromium is missing: installing Debian’s package (apt-get install -y chromium)…\n');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(wanted)) return wanted;
  }
  throw new Error(
    `The browser tests need Debian's Chromium at ${wanted}. Install it with "sudo apt-get install -y chromium" (or set CHROME_PATH to a Chromium binary), then run npm test again.`,
  );
}

/** A headless Chromium, off the network. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

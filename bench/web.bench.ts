// `npm run bench:web` (and the last part of `npm run bench`): Lighthouse 12.2.3 (desktop preset, no simulated
// throttling: the loopback network as it is) on the public dashboard, an officer's queue and a screening page of a
// store seeded with 100,000 cases, against a baseline page served by the same server in the same run (the API
// reference, plain server-built HTML: the floor this machine and browser reach). Median of BENCH_WEB_RUNS runs per
// page, pages alternating. Lighthouse runs through `npx lighthouse@12.2.3` (fetched into npm's cache on first use,
// so the project's install stays light) with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { machineLine, median, writeSection } from './bench-stats.ts';

const CASES = Number(process.env.BENCH_WEB_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const DATA_DIR = resolve(process.env.BENCH_WEB_DATA_DIR ?? `.bench/web-${CASES}`);
const PORT = Number(process.env.BENCH_WEB_PORT ?? 3950);
const LIGHTHOUSE = 'lighthouse@12.2.3';

const say = (line: string) => process.stderr.write(`${line}\n`);
const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const cli = (args: string[]) =>
  execFileSync(process.execPath, ['bin/refuge.js', ...args], {
    env: { ...process.env, REFUGE_DATA_DIR: DATA_DIR },
    stdio: ['ignore', 'inherit', 'inherit'],
  });

/** The seeded store, made once and kept under .bench/ for later runs. */
function ensureStore(): void {
  const ready = join(DATA_DIR, '.bench-ready');
  if (existsSync(ready)) {
    say(`Reusing the ${CASES.toLocaleString('en-US')}-case store in ${DATA_DIR}`);
    return;
  }
  mkdirSync(DATA_DIR, { recursive: true });
  say(`Seeding ${CASES.toLocaleString('en-US')} synthetic cases into ${DATA_DIR} (once)…`);
  cli(['seed', '--cases', String(CASES), '--demo-passwords']);
  writeFileSync(ready, new Date().toISOString());
}

async function startServer(): Promise<() => void> {
  const child = spawn(process.execPath, ['bin/refuge.js', 'serve', '--port', String(PORT)], {
    env: { ...process.env, REFUGE_DATA_DIR: DATA_DIR },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    const healthy = await fetch(`http://127.0.0.1:${PORT}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return () => process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-child.pid!, 'SIGKILL');
  throw new Error('the server did not become healthy within 2 minutes');
}

/** Signs in as the demo officer: the session cookie, and one screening of their queue. */
async function officerSession(base: string): Promise<{ cookie: string; screeningId: string }> {
  const signIn = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'elp.officer1', password: 'refuge-demo-password' }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const queue = (await (await fetch(`${base}/api/v1/queues/mine?limit=1`, { headers: { cookie } })).json()) as {
    items: { screening: { id: string } }[];
  };
  const screeningId = queue.items[0]?.screening.id;
  if (!cookie || !screeningId) throw new Error('could not sign in as elp.officer1 or find a screening in the queue');
  return { cookie, screeningId };
}

interface Audit {
  performance: number;
  accessibility: number;
  lcpMs: number;
  scriptBytes: number;
}

function lighthouse(url: string, headersFile: string | null): Audit {
  const out = execFileSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--preset=desktop',
      '--throttling-method=provided',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ...(headersFile ? [`--extra-headers=${headersFile}`] : []),
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  ).toString();
  const report = JSON.parse(out) as {
    runtimeError?: { message: string };
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number; details?: { items?: { resourceType: string; transferSize: number }[] } }>;
  };
  if (report.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${report.runtimeError.message}`);
  const scripts = report.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script');
  return {
    performance: report.categories.performance!.score * 100,
    accessibility: report.categories.accessibility!.score * 100,
    lcpMs: report.audits['largest-contentful-paint']!.numericValue!,
    scriptBytes: scripts?.transferSize ?? 0,
  };
}

async function main(): Promise<void> {
  ensureStore();
  const before = loadAverage();
  const stop = await startServer();
  const base = `http://127.0.0.1:${PORT}`;
  try {
    const { cookie, screeningId } = await officerSession(base);
    const headersFile = join(DATA_DIR, 'lighthouse-headers.json');
    writeFileSync(headersFile, JSON.stringify({ Cookie: cookie }));
    const pages = [
      { name: 'baseline: API reference (server-built HTML)', url: `${base}/api/docs`, headers: null },
      { name: 'public dashboard', url: `${base}/dashboard`, headers: null },
      { name: 'officer’s queue', url: `${base}/queue`, headers: headersFile },
      { name: 'screening page', url: `${base}/screenings/${screeningId}`, headers: headersFile },
    ];
    const results = new Map<string, Audit[]>(pages.map((p) => [p.name, []]));
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? pages : [...pages].reverse();
      for (const page of order) {
        say(`run ${run + 1}/${RUNS}: ${page.name}`);
        results.get(page.name)!.push(lighthouse(page.url, page.headers));
      }
    }
    const after = loadAverage();
    const baselineLcp = median(results.get(pages[0]!.name)!.map((a) => a.lcpMs));
    const rows = pages.map((page) => {
      const audits = results.get(page.name)!;
      const lcp = median(audits.map((a) => a.lcpMs));
      return `| ${page.name} | ${median(audits.map((a) => a.performance)).toFixed(0)} | ${median(audits.map((a) => a.accessibility)).toFixed(0)} | ${(lcp / 1000).toFixed(2)} s | ${(lcp / baselineLcp).toFixed(2)} | ${(median(audits.map((a) => a.scriptBytes)) / 1024).toFixed(0)} KiB |`;
    });
    const section = `## Web app: Lighthouse on the 100,000-case store

${machineLine()} Load average before ${before}, after ${after}.

\`npm run bench:web\`: Lighthouse 12.2.3 (\`--preset=desktop --throttling-method=provided\`, Debian's Chromium ${execFileSync(CHROME, ['--version']).toString().trim().replace(/^Chromium /, '')}) on a store seeded with \`refuge seed --cases ${CASES.toLocaleString('en-US')} --demo-passwords\`; median of ${RUNS} runs per page, pages alternating. The baseline is the server's own API reference page, plain HTML and CSS with no script, loaded in the same run: the ratio is each page's largest contentful paint over the baseline's. Aims: accessibility 100, performance ≥ 90, LCP < 1.5 s. Script is the compressed JavaScript transferred.

| page | performance | accessibility | LCP | LCP ratio to baseline | script |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
    writeSection('web-lighthouse', section);
    process.stdout.write(section);
  } finally {
    stop();
  }
}

await main();

// The page at / until the web app lands: what this server is, and that it serves a demo store when it does.
import { DEMO_BANNER_HTML } from './demo-marking.ts';

/** A small HTML page; the demo banner shows on a demo store. */
export function landingPage(options: { isDemo: boolean }): string {
  const banner = options.isDemo ? DEMO_BANNER_HTML : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Refuge</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
.banner{background:#fff3cd;border:1px solid #c9a227;padding:.75rem 1rem}code{background:#f2f2f2;padding:0 .25rem}</style></head>
<body>${banner}
<h1>Refuge</h1>
<p>An open case system for asylum screening: the MPP ("Remain in Mexico") pipeline, credible-fear and reasonable-fear
screenings, a signed hash-chained ledger of every act, and statistics from the immigration courts' public data.</p>
<ul>
<li><a href="/healthz"><code>GET /healthz</code></a>: server health</li>
<li><a href="/api/v1/dashboard/figures/court-funnel"><code>GET /api/v1/dashboard/figures/&lt;figure&gt;</code></a>: the public dashboard's figures (the dashboard itself is the web app's /dashboard)</li>
<li><a href="/api/v1/analytics/crosstab?rows=outcome&amp;cols=mpp"><code>GET /api/v1/analytics/crosstab</code></a>: court-data cross-tabulation (public figures, small cells suppressed)</li>
</ul>
<p>Asylum records are confidential under 8 CFR 208.6: case data is available only to users with a need to know.</p>
</body></html>`;
}

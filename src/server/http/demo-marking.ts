// How a demo store's server marks what it serves: a header on every response and a banner on every page, so no
// one mistakes synthetic records, or accounts whose password is published, for a real office.
import { DEMO_PASSWORD } from '../users/demo-password.ts';

/** The header every response of a demo store carries. */
export const DEMO_HEADER = 'Refuge-Demo';

/** Its value: what makes the store a demo. */
export const DEMO_HEADER_VALUE = 'synthetic data; published demo passwords';

/** The banner at the top of every HTML page of a demo store served on loopback: it names the published password. */
export const DEMO_BANNER_HTML =
  `<p class="banner refuge-demo-banner" role="note"><strong>DEMO STORE: SYNTHETIC DATA.</strong> Every person and case on this server was generated; none is real. Its accounts (e.g. elp.officer1, elp.supervisor, admin) use the published demo password <code>${DEMO_PASSWORD}</code>, so never enter real data here.</p>`;

/** The same banner where the demo listens on a public address: it never names the password there. */
export const DEMO_BANNER_PUBLIC_HTML =
  '<p class="banner refuge-demo-banner" role="note"><strong>DEMO STORE: SYNTHETIC DATA.</strong> Every person and case on this server was generated; none is real. Its accounts use a published password, so never enter real data here.</p>';

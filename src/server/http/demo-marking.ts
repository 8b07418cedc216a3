// How a demo store's server marks what it serves: a header on every response and a banner on every page, so no
// one mistakes synthetic records, or accounts whose password is published, for a real office.

/** The header every response of a demo store carries. */
export const DEMO_HEADER = 'Refuge-Demo';

/** Its value: what makes the store a demo. */
export const DEMO_HEADER_VALUE = 'synthetic data; published demo passwords';

/** The banner at the top of every HTML page of a demo store. */
export const DEMO_BANNER_HTML =
  '<p class="banner" role="note"><strong>DEMO STORE: SYNTHETIC DATA.</strong> Every person and case on this server was generated; none is real. Its accounts use the published demo password, so never enter real data here.</p>';

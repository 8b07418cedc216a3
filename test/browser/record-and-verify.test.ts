// The record of determination and the public /verify page in a real browser: a served determination's print view
// (issuing the record: its QR code carrying the full digest of the record it shows, its canonical JSON downloaded),
// then /verify in a fresh context with no sign-in: the record pasted verifies; one byte changed is refused. Every
// request the verify page makes is watched: only the log's key, its checkpoint, inclusion proofs by leaf hash and
// size, and the app's own files; none carries the record. axe on both pages in both languages; a screenshot of each.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDigest, type RecordOfDetermination } from '../../src/domain/ledger/record-of-determination.ts';
import { expectAccessible } from './accessibility.ts';
import { arrangeMppScreening, send } from './arrange.ts';
import { BROWSER_SETUP_MS, createWebWorld, screenshot, type WebWorld } from './web-world.ts';

const REASONING = 'Synthetic reasoning: past harm in Mexico weighed.';

/** A screening decided positive, concurred and served, all through the API. */
async function arrangeServedDetermination(web: WebWorld) {
  const { screeningId } = await arrangeMppScreening(web, { assignTo: web.world.users.officer });
  const officer = await web.api('officer1');
  const supervisor = await web.api('supervisor1');
  const path = `/api/v1/screenings/${screeningId}`;
  await send(officer, 'POST', `${path}/interview-schedule`, { interviewAt: '2019-08-29T10:00:00Z' });
  await send(officer, 'POST', `${path}/interview`, {
    at: '2019-08-29T10:00:00Z',
    testimony: {
      fearOf: ['A cartel'],
      harmSuffered: [{ where: 'mexico', kind: 'Extortion', when: null }],
      protectedGrounds: ['particular_social_group'],
      tortureClaimed: false,
      language: 'Spanish',
      interpreterUsed: true,
      counselPresent: false,
    },
  });
  const legal = (await send(officer, 'GET', path)).legalStandard as { standard: string };
  await send(officer, 'POST', `${path}/determination`, {
    result: 'positive',
    standard: legal.standard,
    reasoning: REASONING,
  });
  await send(supervisor, 'POST', `${path}/review`, { outcome: 'concur' });
  await send(officer, 'POST', `${path}/service`, { at: '2019-08-30T10:00:00Z' });
  return { screeningId };
}

/** Records every request a context makes. */
function watchRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

describe('the record of determination and the public verify page, in the browser', () => {
  let web: WebWorld;
  let served: { screeningId: string };
  let recordText: string;
  let digest: string; // of the record the print view issued and showed
  beforeAll(async () => {
    web = await createWebWorld();
    served = await arrangeServedDetermination(web);
  }, BROWSER_SETUP_MS);
  afterAll(async () => web?.dispose());

  it('prints the record from the served screening, with its QR code, and downloads its canonical JSON', async () => {
    const { context, page } = await web.newPage('en');
    try {
      await web.signIn(page, 'officer1');
      await page.goto(`/screenings/${served.screeningId}`);
      await page
        .getByRole('link', { name: 'The record of determination (printable, with its proof)' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Record of determination' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/screenings/${served.screeningId}/record`);
      const qrText = await page.getByRole('img', { name: /QR code/ }).getAttribute('data-qr-text');
      expect(await page.getByTestId('reasoning').textContent()).toBe(REASONING);
      expect(await page.getByTestId('officer-signature').textContent()).toContain('officer1');
      expect(await page.getByTestId('supervisor-signature').textContent()).toContain('supervisor1');
      expect(await page.getByTestId('checkpoint').textContent()).toContain('\n\n— ');
      expect(await page.getByText('Synthetic record').count()).toBe(1);
      await expectAccessible(page, 'record of determination (en)');
      await screenshot(page, 'record-of-determination-en');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header.usa-header').isVisible()).toBe(false);
      expect(await page.getByText('Synthetic record').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Download the record' }).isVisible()).toBe(false);
      await screenshot(page, 'record-of-determination-print');
      await page.emulateMedia({ media: 'screen' });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the record' }).click(),
      ]);
      recordText = await readFile(await download.path(), 'utf8');
      const record = JSON.parse(recordText) as RecordOfDetermination;
      digest = recordDigest(record);
      // The QR code carries the full digest of the very record shown and downloaded, the one this view issued.
      expect(qrText).toBe(`https://${new URL(web.baseUrl).host}/verify#digest=${digest}`);
      expect(record.events.at(-1)).toMatchObject({ type: 'record.issued', occurredAt: record.issuedAt });
    } finally {
      await context.close();
    }
  });

  it('verifies the pasted record without a sign-in, refuses it once a byte changes, and sends nothing but hashes', async () => {
    expect(recordText).toBeDefined();
    const { context, page } = await web.newPage('en');
    const requests = watchRequests(context);
    try {
      await page.goto(`/verify#digest=${digest}`);
      await page.getByRole('heading', { level: 1, name: 'Verify a record of determination' }).waitFor();
      expect(await page.getByRole('navigation').getByRole('link', { name: 'Verify a record' }).count()).toBe(
        1,
      );
      const paste = async (text: string) => {
        await page.getByLabel('The record (JSON)').fill(text);
        await page.getByRole('button', { name: 'Verify the record' }).click();
        // Each text has its own digest: wait for this one's verdict, not the last one's.
        const verdict = page.locator(
          `[data-verdict][data-digest="${recordDigest(JSON.parse(text) as RecordOfDetermination)}"]`,
        );
        await verdict.waitFor();
        return verdict.getAttribute('data-verdict');
      };

      expect(await paste(recordText)).toBe('verified');
      expect(
        await page.getByRole('heading', { name: 'Verified: the record is in the log and unaltered' }).count(),
      ).toBe(1);
      expect(await page.getByText('Its digest matches the QR code’s.').count()).toBe(1);
      const signers = await page.getByTestId('signed-by').textContent();
      expect(signers).toContain('officer1');
      expect(signers).toContain('supervisor1');
      await expectAccessible(page, 'verify, verified (en)');
      await screenshot(page, 'verify-verified-en');

      // One byte of the printed reasoning (it comes before the events in the canonical JSON): refused, and why.
      const at = recordText.indexOf(REASONING);
      const reasoningChanged = `${recordText.slice(0, at)}Z${recordText.slice(at + 1)}`;
      expect(await paste(reasoningChanged)).toBe('refused');
      expect(await page.locator('li[data-check="determination-mismatch"]').count()).toBe(1);
      expect(await page.locator('[data-check="digest"]').count()).toBe(1);
      await expectAccessible(page, 'verify, refused (en)');
      await screenshot(page, 'verify-refused-en');

      // One byte of the signed determination event's payload (the reasoning's second appearance): its hash fails, and
      // the log knows no leaf for the altered event.
      const inEvent = recordText.indexOf(REASONING, at + 1);
      expect(inEvent).toBeGreaterThan(at);
      const eventChanged = `${recordText.slice(0, inEvent)}Z${recordText.slice(inEvent + 1)}`;
      expect(await paste(eventChanged)).toBe('refused');
      expect(await page.locator('li[data-check="event-altered"]').count()).toBe(1);

      // One byte of the person's name, which no screening event carries: the record.issued event's attestation and
      // the QR code's digest both catch it.
      const nameChanged = recordText.replace('"familyName":"SYNTHETIC"', '"familyName":"SYNTHETIX"');
      expect(nameChanged).not.toBe(recordText);
      expect(await paste(nameChanged)).toBe('refused');
      expect(await page.locator('[data-check="digest"]').count()).toBe(1);
      expect(
        await page.locator('li[data-check]').evaluateAll((items) => items.map((li) => li.dataset.check)),
      ).toEqual(['printed-unattested']);

      const record = JSON.parse(recordText) as RecordOfDetermination;
      const secrets = [
        record.screening.id,
        record.person.aNumber,
        record.person.givenName,
        digest,
        'reasoning',
      ];
      const base = new URL(web.baseUrl);
      const seen = requests.map((request) => {
        const url = new URL(request.url());
        expect(url.host, url.href).toBe(base.host);
        expect(request.postData(), url.href).toBeNull();
        expect(request.method(), url.href).toBe('GET');
        for (const secret of secrets) expect(decodeURIComponent(url.href), secret).not.toContain(secret);
        return url;
      });
      const isAllowed = (url: URL) =>
        url.pathname === '/verify' ||
        url.pathname.startsWith('/assets/') ||
        url.pathname === '/api/v1/session' ||
        url.pathname === '/api/v1/ledger/key' ||
        url.pathname === '/api/v1/ledger/checkpoint' ||
        (url.pathname === '/api/v1/ledger/proof/inclusion' &&
          [...url.searchParams.keys()].sort().join() === 'hash,size' &&
          /^[0-9a-f]{64}$/.test(url.searchParams.get('hash')!) &&
          /^\d+$/.test(url.searchParams.get('size')!));
      expect(seen.filter((url) => !isAllowed(url)).map((url) => url.href)).toEqual([]);
      const proofs = seen.filter((url) => url.pathname === '/api/v1/ledger/proof/inclusion');
      expect(proofs.length).toBeGreaterThanOrEqual(record.proofs.length);
      expect(seen.filter((url) => url.pathname === '/api/v1/ledger/key').length).toBe(4);
    } finally {
      await context.close();
    }
  });

  it('shows the record and the verify page in Spanish, accessible, with the verdict translated', async () => {
    expect(recordText).toBeDefined();
    const signedIn = await web.newPage('es');
    try {
      await web.signIn(signedIn.page, 'supervisor1');
      await signedIn.page.goto(`/screenings/${served.screeningId}/record`);
      await signedIn.page.getByRole('heading', { level: 1, name: 'Constancia de determinación' }).waitFor();
      await signedIn.page.getByTestId('reasoning').waitFor();
      await expectAccessible(signedIn.page, 'record of determination (es)');
      await screenshot(signedIn.page, 'record-of-determination-es');
    } finally {
      await signedIn.context.close();
    }
    const { context, page } = await web.newPage('es');
    try {
      await page.goto('/verify');
      await page
        .getByRole('heading', { level: 1, name: 'Verificar una constancia de determinación' })
        .waitFor();
      // Uploaded this time: the file's text fills the field.
      await page.getByLabel('O elija el archivo de la constancia').setInputFiles({
        name: 'record.json',
        mimeType: 'application/json',
        buffer: Buffer.from(recordText),
      });
      await expect.poll(() => page.getByLabel('La constancia (JSON)').inputValue()).toBe(recordText);
      await page.getByRole('button', { name: 'Verificar la constancia' }).click();
      await page.locator('[data-verdict="verified"]').waitFor();
      expect(
        await page
          .getByRole('heading', {
            name: 'Verificada: la constancia está en el registro y no ha sido alterada',
          })
          .count(),
      ).toBe(1);
      await expectAccessible(page, 'verify, verified (es)');
      await screenshot(page, 'verify-verified-es');
      await page.getByLabel('La constancia (JSON)').fill('{"not":"a record"}');
      await page.getByRole('button', { name: 'Verificar la constancia' }).click();
      await page.getByText('Esto no es una constancia de determinación').first().waitFor();
      await expectAccessible(page, 'verify, not a record (es)');
    } finally {
      await context.close();
    }
  });
});

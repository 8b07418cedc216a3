// The public dashboard in a real browser, signed in as no one, over a small synthetic court-data release imported
// as the demo imports its own: both sources labelled, codes shown with their names, a filtered view with its own
// address that survives a reload and narrows the court figures, each figure's table and its CSV, the same rows. axe
// in both languages; a screenshot of each.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEoirRelease } from '../../src/server/analytics/eoir/import/index.ts';
import { generateEoirRelease } from '../../src/synthetic/eoir-release/generate-release.ts';
import { expectAccessible } from './accessibility.ts';
import { BROWSER_SETUP_MS, createWebWorld, screenshot, type WebWorld } from './web-world.ts';

/** Opens the dashboard at `query` and waits until the court funnel's table is on the page. */
async function openCourtFunnel(page: Page, query = '') {
  await page.goto(`/dashboard${query}`);
  const figure = page.locator('[data-figure="court-funnel"]');
  await figure.locator('[data-synthetic]').waitFor();
  await figure.getByRole('button', { name: /^(Show the table|Mostrar la tabla)$/ }).click();
  await figure.locator('tbody tr').first().waitFor();
  return figure;
}

/** The first count of the court funnel's first row (all MPP cases in the view). */
const firstCount = async (figure: ReturnType<Page['locator']>) =>
  Number(await figure.locator('tbody tr').first().locator('td').first().getAttribute('data-value'));

describe('the public dashboard, in the browser', () => {
  let web: WebWorld;
  beforeAll(async () => {
    web = await createWebWorld();
    const folder = await mkdtemp(join(tmpdir(), 'refuge-dashboard-release-'));
    try {
      await generateEoirRelease({ folder, cases: 1500, seed: 7, mppShare: 0.5, threads: 0 });
      await importEoirRelease({
        source: folder,
        dataDir: web.world.app.dataDir,
        label: 'SYNTHETIC test court data (not EOIR data)',
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, BROWSER_SETUP_MS);
  afterAll(async () => web?.dispose());

  it('shows both sources without a sign-in, names for codes, and a filtered view with its own address', async () => {
    const { context, page } = await web.newPage('en');
    try {
      const figure = await openCourtFunnel(page);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Public figures');
      expect(await page.locator('[data-figure="office-funnel"]').count()).toBe(1);
      const all = await firstCount(figure);
      expect(all).toBeGreaterThan(0);
      await expectAccessible(page, 'dashboard (en)');
      await screenshot(page, 'dashboard-en');

      // Nationalities are offered by name with their code; choosing one gives the view its own address.
      const nationality = page.getByLabel('Nationality', { exact: true });
      const options = await nationality.locator('option').allTextContents();
      expect(options.find((option) => option.endsWith('(HO)'))).toMatch(/^honduras \(HO\)$/i);
      await nationality.selectOption('HO');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('nationality')).toBe('HO');

      // The shared address, opened afresh, keeps the filter and narrows the court figures.
      const shared = page.url();
      const second = await web.newPage('en');
      try {
        await second.page.goto(shared);
        const filtered = await openCourtFunnel(second.page, new URL(shared).search);
        expect(await second.page.getByLabel('Nationality', { exact: true }).inputValue()).toBe('HO');
        const honduras = await firstCount(filtered);
        expect(honduras).toBeGreaterThan(0);
        expect(honduras).toBeLessThan(all);
      } finally {
        await second.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it('downloads a figure as CSV holding the rows its table shows', async () => {
    const { context, page } = await web.newPage('en');
    try {
      const figure = await openCourtFunnel(page);
      const names = (await figure.locator('tbody th').allTextContents()).map((name) => name.trim());
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('link', { name: 'Download CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = await readFile(await download.path(), 'utf8');
      const lines = csv.trim().split(/\r?\n/);
      expect(lines.length).toBe(names.length + 1); // a header, then one line per row of the table
      names.forEach((name, i) => expect(lines[i + 1]).toContain(name));
    } finally {
      await context.close();
    }
  });

  it('shows the dashboard in Spanish, accessible, the synthetic source said so', async () => {
    const { context, page } = await web.newPage('es');
    try {
      const figure = await openCourtFunnel(page);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cifras públicas');
      expect(await figure.locator('[data-synthetic]').textContent()).toBe('Datos sintéticos');
      await expectAccessible(page, 'dashboard (es)');
      await screenshot(page, 'dashboard-es');
    } finally {
      await context.close();
    }
  });
});

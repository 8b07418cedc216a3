// The officer's desk in a real browser: signing in (and a refused sign-in, in the reader's language), my queue with
// its deadlines, the screening page with the legal standard and the ledger's timeline, and a decline on grounds of
// conscience that takes the screening off the queue. axe on each page in both languages; a screenshot of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility.ts';
import { arrangeMppScreening } from './arrange.ts';
import { BROWSER_SETUP_MS, createWebWorld, screenshot, type WebWorld } from './web-world.ts';

describe('the officer’s desk, in the browser', () => {
  let web: WebWorld;
  let assigned: { caseId: string; screeningId: string };
  beforeAll(async () => {
    web = await createWebWorld();
    assigned = await arrangeMppScreening(web, { assignTo: web.world.users.officer });
  }, BROWSER_SETUP_MS);
  afterAll(async () => web?.dispose());

  it('refuses a wrong password with a message in the reader’s language, and sends no one anywhere', async () => {
    const { context, page } = await web.newPage('es');
    try {
      await page.goto('/');
      await page.waitForURL('**/sign-in');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await page.getByLabel('Nombre de usuario').fill('officer1');
      await page.getByLabel('Contraseña').fill('not-the-password');
      await page.getByRole('button', { name: 'Iniciar sesión' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('no corresponden a una cuenta activa');
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await expectAccessible(page, 'sign-in (es)');
      await screenshot(page, 'sign-in-es');
    } finally {
      await context.close();
    }
  });

  it('shows the sign-in page in English and an unknown address in both languages, accessible', async () => {
    for (const language of ['en', 'es'] as const) {
      const { context, page } = await web.newPage(language);
      try {
        if (language === 'en') {
          await page.goto('/sign-in');
          await page.getByRole('button', { name: 'Sign in' }).waitFor();
          await expectAccessible(page, 'sign-in (en)');
          await screenshot(page, 'sign-in-en');
        }
        await page.goto('/no-such-page');
        await expect
          .poll(() => page.getByRole('heading', { level: 1 }).textContent())
          .toBe(language === 'en' ? 'Page not found' : 'Página no encontrada');
        await expectAccessible(page, `not found (${language})`);
        await screenshot(page, `not-found-${language}`);
      } finally {
        await context.close();
      }
    }
  });

  it('lands the officer on their queue, opens the screening, and declines it on grounds of conscience', async () => {
    const { context, page } = await web.newPage('en');
    try {
      await web.signIn(page, 'officer1');
      expect(new URL(page.url()).pathname).toBe('/queue');
      const row = page.locator(`tr[data-screening="${assigned.screeningId}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain('MPP non-refoulement interview');
      await expectAccessible(page, 'my queue (en)');
      await screenshot(page, 'my-queue-en');

      // A link within the app: the queue's heading stays until the screening's page has loaded, so wait for the new one.
      await row.getByRole('link').click();
      await page.waitForURL(`**/screenings/${assigned.screeningId}`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('MPP non-refoulement interview screening');
      // The legal standard is on the page with its source in law; the timeline's events verify.
      const standard = page.locator('[data-legal-standard]');
      expect(await standard.getAttribute('data-legal-standard')).not.toBe('none');
      await page.locator('td[data-signature]').first().waitFor();
      expect(await page.locator('td[data-signature="failed"]').count()).toBe(0);
      // Only the acts the API accepts: an assigned officer may decline, but may not review.
      expect(await page.locator('[data-act="decline"]').count()).toBe(1);
      expect(await page.locator('[data-act="review"]').count()).toBe(0);
      await expectAccessible(page, 'screening (en)');
      await screenshot(page, 'screening-en');

      // An empty reason is refused beside the field; then the decline is recorded.
      await page.getByRole('button', { name: 'Decline this screening' }).click();
      expect(await page.locator('#decline-reason-error').textContent()).toBe('Fill in this field.');
      await page
        .getByLabel('Your reason')
        .fill('Synthetic reason: I cannot apply this standard in conscience.');
      await page.getByRole('button', { name: 'Decline this screening' }).click();
      await expect.poll(() => page.locator('[data-act="decline"]').count()).toBe(0);
      await page.goto('/queue');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => page.getByText('Nothing is assigned to you').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('shows the screening page in Spanish, accessible, with every string translated', async () => {
    const { screeningId } = await arrangeMppScreening(web, { assignTo: web.world.users.officer });
    const { context, page } = await web.newPage('es');
    try {
      await web.signIn(page, 'officer1');
      await page.goto(`/screenings/${screeningId}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Evaluación de Entrevista de no devolución (MPP)',
      );
      expect(await page.getByRole('heading', { name: 'Estándar legal de esta evaluación' }).count()).toBe(1);
      await page.locator('td[data-signature]').first().waitFor();
      await expectAccessible(page, 'screening (es)');
      await screenshot(page, 'screening-es');
      await page.goto('/queue');
      await page.locator(`tr[data-screening="${screeningId}"]`).waitFor();
      await expectAccessible(page, 'my queue (es)');
    } finally {
      await context.close();
    }
  });
});

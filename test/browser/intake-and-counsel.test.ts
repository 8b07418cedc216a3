// Intake, the case file, the court's calendar and counsel's desk in a real browser: an encounter recorded from the
// keyboard alone (Tab, typing, Space, Enter) that lands on its case file; an exemption without its reason refused
// beside the field, nothing recorded; the court recording attendance from its calendar; counsel seeing their client
// and not another person's case, even by typing its address, with nothing of that case logged for them. axe on each
// page in both languages; a screenshot of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessLog } from '../../src/server/access/access-log.repository.ts';
import { asAttachment, syntheticPdf } from '../court-cases.ts';
import { expectAccessible, tabTo } from './accessibility.ts';
import { arrangeMppScreening, send } from './arrange.ts';
import { BROWSER_SETUP_MS, createWebWorld, screenshot, type WebWorld } from './web-world.ts';

/** Tabs to the field and types into it, as a keyboard user does. */
async function tabType(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/** Tabs to a radio button or checkbox and presses Space on it. */
async function tabSpace(page: Page, selector: string) {
  await tabTo(page, selector);
  await page.keyboard.press('Space');
}

/**
 * Chooses a radio button or checkbox by its label, as a pointer user does: USWDS draws its own control over the
 * visually hidden input, so the click goes to the label. Then checks that the input is chosen.
 */
async function choose(page: Page, label: string | RegExp) {
  const input = page.getByLabel(label, { exact: typeof label === 'string' });
  const id = await input.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  expect(await input.isChecked()).toBe(true);
}

/**
 * Waits for the page's heading to read `text`: after a link or a form within the app the page it leaves stays on
 * screen until the next one's code has arrived.
 */
const expectHeading = (page: Page, text: string) =>
  expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe(text);

describe('intake, the case file, the court and counsel, in the browser', () => {
  let web: WebWorld;
  beforeAll(async () => {
    web = await createWebWorld();
  }, BROWSER_SETUP_MS);
  afterAll(async () => web?.dispose());

  it('records a whole MPP encounter from the keyboard alone and lands on its case file', async () => {
    const { context, page } = await web.newPage('en');
    try {
      await web.signIn(page, 'intake1');
      expect(new URL(page.url()).pathname).toBe('/encounters/new');
      await expectHeading(page, 'New encounter');
      await expectAccessible(page, 'intake (en)');
      await screenshot(page, 'intake-en');

      await tabType(page, '#person-aNumber', 'A298-200-001');
      await tabType(page, '#person-familyName', 'SYNTHETIC');
      await tabType(page, '#person-givenName', 'KEYBOARD');
      await tabType(page, '#person-nationality', 'hn');
      await tabType(page, '#person-birthDate', '1990-05');
      await tabSpace(page, '#person-sex-female');
      await tabType(page, '#encounter-date', '2019-07-20');
      await tabType(page, '#encounter-time', '15:00');
      await tabType(page, '#encounter-place', 'El Paso POE');
      await tabSpace(page, '#encounter-arrivedByLand');
      await tabSpace(page, '#encounter-track-mpp');
      await tabSpace(page, '#mpp-choice-enrol');
      await tabType(page, '#enrolment-ntaDate', '2019-07-20');
      await tabType(page, '#enrolment-ntaTime', '18:00');
      await tabType(page, '#enrolment-firstHearingDate', '2019-10-15');
      await tabType(page, '#enrolment-hearingLocation', 'HOU');
      await tabType(page, '#enrolment-noticeAddress', 'Albergue (synthetic), Ciudad Juárez');
      await tabSpace(page, '#returned');
      await tabType(page, '#return-date', '2019-07-21');
      await tabType(page, '#return-time', '10:00');
      await tabType(page, '#return-port', 'El Paso');
      await tabType(page, '#return-hearingDate', '2019-10-15');
      await tabType(page, '#return-hearingLocation', 'HOU');
      await tabSpace(page, '#fear-claimed');
      await tabType(page, '#fear-date', '2019-08-20');
      await tabType(page, '#fear-time', '11:00');
      await tabSpace(page, '#fear-raisedHow-unprompted');
      await tabSpace(page, '#fear-raisedTo-cbp');
      await tabSpace(page, '#fear-occasion-encounter');
      await tabTo(page, 'button[type="submit"]');
      await page.keyboard.press('Enter');

      await page.waitForURL(/\/cases\/[^/]+$/);
      await expectHeading(page, 'Case of KEYBOARD SYNTHETIC (A298-200-001)');
      expect(await page.getByTestId('mpp-state').textContent()).toBe('Enrolled in MPP');
      expect(await page.locator('[data-section="returns"] tbody tr').count()).toBe(1);
      const screening = page.locator('[data-section="screenings"] tbody tr');
      expect(await screening.count()).toBe(1);
      expect(await screening.textContent()).toContain('MPP non-refoulement interview');
      // What the server recorded: the case with its enrolment, return and referral.
      const caseId = new URL(page.url()).pathname.split('/').pop()!;
      const file = await send(await web.api('intake1'), 'GET', `/api/v1/cases/${caseId}`);
      const record = file.case as { mpp: { state: string }; returns: unknown[]; fearClaims: unknown[] };
      expect([record.mpp.state, record.returns.length, record.fearClaims.length]).toEqual(['enrolled', 1, 1]);
      expect((file.person as { nationality: string }).nationality).toBe('HN');
      await page.locator('td[data-signature]').first().waitFor();
      await expectAccessible(page, 'case file (en)');
      await screenshot(page, 'case-en');

      await page.goto('/cases');
      await page.getByLabel('Why you are searching').fill('checking the keyboard intake');
      await page.getByLabel('A-number (optional)').fill('298200001');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.locator(`tr[data-case="${caseId}"]`).waitFor();
      await expectAccessible(page, 'case search (en)');
      await screenshot(page, 'case-search-en');
    } finally {
      await context.close();
    }
  });

  it('refuses an MPP exemption without its reason beside the field, in Spanish, and records nothing', async () => {
    const { context, page } = await web.newPage('es');
    try {
      await web.signIn(page, 'intake1');
      await page.getByLabel('Número A').fill('298200002');
      await page.getByLabel('Apellido(s)').fill('SYNTHETIC');
      await page.getByLabel('Nombre(s)').fill('EXENTA');
      await page.getByLabel('Nacionalidad').fill('GT');
      await choose(page, 'Femenino');
      await page.getByLabel('Fecha del encuentro').fill('2019-07-20');
      await page.getByLabel('Hora del encuentro').fill('15:00');
      await page.getByLabel('Lugar').fill('El Paso POE');
      await choose(page, 'Llegó por tierra desde México');
      await choose(page, /^MPP \(Protocolos/);
      await choose(page, 'Exento del MPP');
      // The reasons offered are the 2019 period's, in Spanish.
      const reason = page.locator('#exemption-reason');
      await expect.poll(() => reason.locator('option').count()).toBeGreaterThan(1);
      expect(await reason.locator('option').allTextContents()).toContain('Menor no acompañado');
      await page.getByRole('button', { name: 'Registrar el encuentro' }).click();
      expect(await page.locator('#exemption-reason-error').textContent()).toBe('Complete este campo.');
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      expect(new URL(page.url()).pathname).toBe('/encounters/new');
      await expectAccessible(page, 'intake with a refused field (es)');
      await screenshot(page, 'intake-es');
      const search = await send(
        await web.api('intake1'),
        'GET',
        '/api/v1/cases?purpose=test%20check&aNumber=298200002',
      );
      expect(search.items).toEqual([]);

      await page.goto('/cases');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page, 'case search (es)');
      await screenshot(page, 'case-search-es');
    } finally {
      await context.close();
    }
  });

  it('lets the court record attendance from its calendar', async () => {
    const { caseId } = await arrangeMppScreening(web);
    const judge = await web.api('judge1');
    const proceeding = await send(
      judge,
      'POST',
      `/api/v1/cases/${caseId}/proceedings`,
      { kind: 'removal', origin: 'nta', openedAt: '2019-07-25T10:00:00Z' },
      201,
    );
    const scheduled = await send(
      judge,
      'POST',
      `/api/v1/proceedings/${proceeding.id as string}/hearings`,
      { at: '2019-08-20T15:00:00Z', calendar: 'master', medium: 'video' },
      201,
    );
    const hearingId = (scheduled.hearings as { id: string }[])[0]!.id;
    for (const language of ['en', 'es'] as const) {
      const { context, page } = await web.newPage(language);
      try {
        await web.signIn(page, 'judge1');
        expect(new URL(page.url()).pathname).toBe('/court');
        await page.getByLabel(language === 'en' ? 'From' : 'Desde', { exact: true }).fill('2019-08-01');
        await page.getByLabel(language === 'en' ? 'To' : 'Hasta', { exact: true }).fill('2019-09-30');
        await page
          .getByRole('button', { name: language === 'en' ? 'Show the calendar' : 'Mostrar el calendario' })
          .click();
        const row = page.locator(`tr[data-hearing="${hearingId}"]`);
        await row.waitFor();
        await expectAccessible(page, `court (${language})`);
        await screenshot(page, `court-${language}`);
        if (language === 'en') {
          await row.getByRole('button', { name: /attended the hearing/ }).click();
          await expect.poll(() => row.getAttribute('data-attendance')).toBe('attended');
          const stored = await send(judge, 'GET', `/api/v1/proceedings/${proceeding.id as string}`);
          expect((stored.hearings as { attendance: string }[])[0]!.attendance).toBe('attended');
        } else {
          expect(await row.textContent()).toContain('Asistió');
        }
      } finally {
        await context.close();
      }
    }
  });

  it('shows counsel their client, and not another person’s case even by its address, logging nothing of it', async () => {
    const client = await arrangeMppScreening(web);
    const other = await arrangeMppScreening(web);
    const intake = await web.api('intake1');
    const clientFile = await send(intake, 'GET', `/api/v1/cases/${client.caseId}`);
    const counsel = await web.api('counsel1');
    const notice = await send(
      counsel,
      'POST',
      '/api/v1/appearances',
      {
        form: 'G-28',
        aNumber: (clientFile.person as { aNumber: string }).aNumber,
        consent: asAttachment(syntheticPdf(2048)),
      },
      202,
    );
    await send(intake, 'POST', `/api/v1/appearances/${notice.id as string}/acceptance`, {});

    for (const language of ['en', 'es'] as const) {
      const { context, page } = await web.newPage(language);
      try {
        await web.signIn(page, 'counsel1');
        expect(new URL(page.url()).pathname).toBe('/clients');
        await page.locator(`tr[data-case="${client.caseId}"]`).waitFor();
        expect(await page.locator(`tr[data-case="${other.caseId}"]`).count()).toBe(0);
        await expectAccessible(page, `clients (${language})`);
        await screenshot(page, `clients-${language}`);

        await page.locator(`tr[data-case="${client.caseId}"]`).getByRole('link').click();
        await page.locator('[data-section="filings"] h2').waitFor();
        await page.locator('td[data-signature]').first().waitFor();
        expect(await page.locator('[data-act="filing"]').count()).toBe(1);
        await expectAccessible(page, `case file as counsel (${language})`);
        await screenshot(page, `case-counsel-${language}`);

        const notFound = language === 'en' ? 'Page not found' : 'Página no encontrada';
        await page.goto(`/cases/${other.caseId}`);
        await expectHeading(page, notFound);
        await page.goto(`/screenings/${other.screeningId}`);
        await expectHeading(page, notFound);
        if (language === 'es') await screenshot(page, 'not-found-es');
      } finally {
        await context.close();
      }
    }
    const logged = await findAccessLog(web.world.app.database.db, {
      caseId: other.caseId,
      userId: web.world.users.counsel,
      limit: 10,
    });
    expect(logged).toEqual([]);
    const clientLogged = await findAccessLog(web.world.app.database.db, {
      caseId: client.caseId,
      userId: web.world.users.counsel,
      limit: 100,
    });
    expect(clientLogged.length).toBeGreaterThan(0);
  });
});

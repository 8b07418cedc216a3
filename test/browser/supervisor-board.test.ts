// The supervisor's board in a real browser: assigning from the board, the officer recording the interview (a harm
// suffered in Mexico) and a negative determination, the consistency flag on the board with the screening that
// raised it, a return with a comment, a second determination, the supervisor's concurrence, and the buckets moving
// at each step; then the board and the flags in Spanish, with a flag cleared by a recorded decision. axe on each
// view in both languages; a screenshot of each.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility.ts';
import { arrangeMppScreening, send } from './arrange.ts';
import { BROWSER_SETUP_MS, createWebWorld, screenshot, type WebWorld } from './web-world.ts';

const FLAG = 'negative_mpp_despite_harm_in_mexico';
// The whole story is one test (a dozen page loads, axe twice) on a shared two-core machine.
const STORY_MS = 180_000;

describe('the supervisor’s board, in the browser', () => {
  let web: WebWorld;
  beforeAll(async () => {
    web = await createWebWorld();
  }, BROWSER_SETUP_MS);
  afterAll(async () => web?.dispose());

  /** Opens a view of the board and waits until its list has loaded. */
  async function openBoard(page: Page, query: string) {
    await page.goto(`/board${query}`);
    await page.locator('[data-current-view]').waitFor();
    await expect.poll(() => page.getByRole('status').count()).toBe(0);
  }
  // USWDS draws its own box over a checkbox or radio: a person clicks the label.
  const tick = (page: Page, inputId: string) => page.locator(`label[for="${inputId}"]`).click();
  const rowOf = (page: Page, screeningId: string) => page.locator(`tr[data-screening="${screeningId}"]`);

  /** The screening as the server holds it, read by the supervisor. */
  async function screeningNow(screeningId: string) {
    return send(await web.api('supervisor1'), 'GET', `/api/v1/screenings/${screeningId}`);
  }

  /** Signs the officer in, opens the screening and signs a determination. */
  async function decideAsOfficer(
    page: Page,
    screeningId: string,
    result: 'Positive' | 'Negative',
    reasoning: string,
  ) {
    await page.goto(`/screenings/${screeningId}`);
    await page.locator('[data-act="decide"]').waitFor();
    await tick(page, `result-${result.toLowerCase()}`);
    await page.getByLabel('Reasoning', { exact: true }).fill(reasoning);
    await page.getByRole('button', { name: 'Sign and record the determination' }).click();
    await expect.poll(() => page.locator('article').getAttribute('data-screening-status')).toBe('decided');
  }

  it(
    'takes a screening from assignment through return and a second determination to concurrence',
    { timeout: STORY_MS },
    async () => {
      const { screeningId } = await arrangeMppScreening(web);
      const supervisor = await web.newPage('en');
      const officer = await web.newPage('en');
      try {
        // The supervisor lands on the board: the screening waits unassigned.
        await web.signIn(supervisor.page, 'supervisor1');
        expect(new URL(supervisor.page.url()).pathname).toBe('/board');
        await rowOf(supervisor.page, screeningId).waitFor();
        expect(await rowOf(supervisor.page, screeningId).locator('[data-officer]').textContent()).toBe(
          'not assigned',
        );
        await expectAccessible(supervisor.page, 'board (en)');
        await screenshot(supervisor.page, 'board-en');

        // Assigning from the row: only the office's officers are offered; the screening leaves the bucket.
        const row = rowOf(supervisor.page, screeningId);
        await row.locator('summary').click();
        const select = row.getByLabel('Officer', { exact: true });
        await select.waitFor();
        expect(await select.locator('option').allTextContents()).toEqual([
          '- Choose an officer -',
          'officer1',
          'officer2',
        ]);
        await select.selectOption({ label: 'officer1' });
        await row.getByRole('button', { name: 'Assign' }).click();
        await expect.poll(() => rowOf(supervisor.page, screeningId).count()).toBe(0);
        expect((await screeningNow(screeningId)).officerId).toBe(web.world.users.officer);
        await openBoard(supervisor.page, '?bucket=assigned');
        expect(await rowOf(supervisor.page, screeningId).locator('[data-officer]').textContent()).toBe(
          'officer1',
        );

        // The officer schedules and records the interview, with a harm suffered in Mexico, and decides negative.
        await web.signIn(officer.page, 'officer1');
        await officer.page.goto(`/screenings/${screeningId}`);
        expect(await officer.page.getByTestId('officer').textContent()).toBe('officer1');
        await officer.page.getByLabel('Interview on').fill('2019-08-28T10:00');
        await officer.page.getByRole('button', { name: 'Schedule the interview' }).click();
        await officer.page.locator('[data-act="interview"]').waitFor();
        await officer.page.getByLabel('Whom the person fears').fill('A cartel\nThe local police');
        await officer.page.getByRole('button', { name: 'Add a harm' }).click();
        await officer.page.getByLabel('What was done').fill('Kidnapping');
        await officer.page.getByLabel('Where').selectOption('mexico');
        await officer.page.getByLabel('When (as precisely as known)').fill('2019-08');
        await tick(officer.page, 'ground-political_opinion');
        await tick(officer.page, 'interview-interpreter');
        await officer.page.getByRole('button', { name: 'Record the interview' }).click();
        expect(await officer.page.locator('#interview-language-error').textContent()).toBe(
          'Fill in this field.',
        );
        await officer.page.getByLabel('Language of the interview').fill('Spanish');
        await officer.page.getByRole('button', { name: 'Record the interview' }).click();
        await officer.page.locator('[data-act="decide"]').waitFor();
        const interview = (await screeningNow(screeningId)).interview as {
          testimony: Record<string, unknown>;
        };
        expect(interview.testimony).toMatchObject({
          fearOf: ['A cartel', 'The local police'],
          harmSuffered: [{ kind: 'Kidnapping', where: 'mexico', when: '2019-08' }],
          protectedGrounds: ['political_opinion'],
          tortureClaimed: false,
          language: 'Spanish',
          interpreterUsed: true,
          counselPresent: false,
        });
        await decideAsOfficer(officer.page, screeningId, 'Negative', 'Synthetic reasoning: no nexus shown.');

        // The board: awaiting review, and the flag with the screening that raised it.
        await openBoard(supervisor.page, '?bucket=awaiting_review');
        await rowOf(supervisor.page, screeningId).waitFor();
        await openBoard(supervisor.page, '?view=flags');
        const flag = supervisor.page.locator(`tr[data-flag-kind="${FLAG}"]`);
        await flag.waitFor();
        expect(await flag.locator('[data-flag-record="screening"]').textContent()).toContain(
          'MPP non-refoulement interview screening, decided, awaiting review; determination negative',
        );
        expect(await flag.getByRole('link', { name: 'Open the screening' }).getAttribute('href')).toBe(
          `/screenings/${screeningId}`,
        );
        await expectAccessible(supervisor.page, 'board flags (en)');
        await screenshot(supervisor.page, 'board-flags-en');

        // The supervisor returns it with a comment, from the screening the flag links to.
        await flag.getByRole('link', { name: 'Open the screening' }).click();
        await supervisor.page.locator('[data-act="review"]').waitFor();
        await tick(supervisor.page, 'review-return');
        await supervisor.page
          .getByLabel('Comment')
          .fill('Synthetic comment: weigh the kidnapping in Mexico.');
        await supervisor.page.getByRole('button', { name: 'Record the review' }).click();
        await expect.poll(() => supervisor.page.locator('[data-review="return"]').count()).toBe(1);
        expect(await supervisor.page.locator('[data-review="return"]').textContent()).toContain(
          'Returned for rework by supervisor1',
        );
        await openBoard(supervisor.page, '?bucket=assigned');
        await rowOf(supervisor.page, screeningId).waitFor();

        // The officer decides again; the supervisor concurs; the screening leaves the office's open buckets.
        await decideAsOfficer(
          officer.page,
          screeningId,
          'Positive',
          'Synthetic reasoning: the harm in Mexico weighs.',
        );
        await openBoard(supervisor.page, '?bucket=awaiting_review');
        await rowOf(supervisor.page, screeningId).getByRole('link').click();
        await supervisor.page.locator('[data-act="review"]').waitFor();
        await supervisor.page.getByRole('button', { name: 'Record the review' }).click();
        await expect
          .poll(() => supervisor.page.locator('article').getAttribute('data-screening-status'))
          .toBe('approved');
        const approved = await screeningNow(screeningId);
        expect((approved.reviews as Array<{ outcome: string }>).map((r) => r.outcome)).toEqual([
          'return',
          'concur',
        ]);
        expect((approved.determinations as Array<{ result: string }>).map((d) => d.result)).toEqual([
          'negative',
          'positive',
        ]);
        for (const bucket of ['unassigned', 'assigned', 'awaiting_review']) {
          await openBoard(supervisor.page, `?bucket=${bucket}`);
          expect(await rowOf(supervisor.page, screeningId).count(), bucket).toBe(0);
        }
      } finally {
        await supervisor.context.close();
        await officer.context.close();
      }
    },
  );

  it('shows the board and its flags in Spanish, and clears a flag with a recorded decision', async () => {
    // A negative MPP determination despite harm in Mexico, arranged through the API.
    const { screeningId } = await arrangeMppScreening(web, { assignTo: web.world.users.officer2 });
    const officer = await web.api('officer2');
    const path = `/api/v1/screenings/${screeningId}`;
    await send(officer, 'POST', `${path}/interview-schedule`, { interviewAt: '2019-08-29T10:00:00Z' });
    await send(officer, 'POST', `${path}/interview`, {
      at: '2019-08-29T10:00:00Z',
      testimony: {
        fearOf: ['A cartel'],
        harmSuffered: [{ where: 'mexico', kind: 'Extortion', when: null }],
        protectedGrounds: [],
        tortureClaimed: false,
        language: 'Spanish',
        interpreterUsed: false,
        counselPresent: false,
      },
    });
    const legal = (await send(officer, 'GET', path)).legalStandard as { standard: string };
    await send(officer, 'POST', `${path}/determination`, {
      result: 'negative',
      standard: legal.standard,
      reasoning: 'Synthetic reasoning.',
    });

    const { context, page } = await web.newPage('es');
    try {
      await web.signIn(page, 'supervisor1');
      await openBoard(page, '?bucket=awaiting_review');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tablero de la oficina');
      expect(
        await page
          .getByRole('navigation', { name: 'Vistas del tablero' })
          .locator('[aria-current="page"]')
          .textContent(),
      ).toBe('Pendientes de revisión');
      await rowOf(page, screeningId).waitFor();
      await expectAccessible(page, 'board (es)');
      await screenshot(page, 'board-es');

      await openBoard(page, '?view=flags');
      const flag = page.locator(`tr[data-flag-kind="${FLAG}"]`).filter({
        has: page.locator(`a[href="/screenings/${screeningId}"]`),
      });
      await flag.waitFor();
      expect(await flag.textContent()).toContain('Determinación MPP negativa pese a daño sufrido en México');
      await expectAccessible(page, 'board flags (es)');
      await screenshot(page, 'board-flags-es');

      // An empty decision is refused beside its field; a written one clears the flag, on the record.
      const flagId = (await flag.getAttribute('data-flag'))!;
      await flag.getByRole('button', { name: 'Cerrar con esta decisión' }).click();
      expect(await flag.locator(`#clear-${flagId}-error`).textContent()).toBe('Complete este campo.');
      await flag.getByLabel('Decisión').fill('Synthetic decision: sent back for a second interview.');
      await flag.getByRole('button', { name: 'Cerrar con esta decisión' }).click();
      await expect.poll(() => page.locator(`tr[data-flag="${flagId}"]`).count()).toBe(0);
      const open = await send(await web.api('supervisor1'), 'GET', '/api/v1/flags?status=open');
      expect((open.items as Array<{ id: string }>).map((f) => f.id)).not.toContain(flagId);
    } finally {
      await context.close();
    }
  });
});

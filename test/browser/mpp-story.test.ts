// The whole MPP story across roles in a real browser: intake records the encounter, the enrolment, the return to
// Mexico and the fear claim; the supervisor assigns the screening from the board; the officer schedules and records
// the interview and signs a positive determination; the supervisor concurs; the officer records service and the
// person leaves MPP; the court hears the case and records attendance from its calendar. The public dashboard's
// office funnel, read in the browser by an analyst (exact counts) before and after, moved by one at every stage.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility.ts';
import { send } from './arrange.ts';
import { BROWSER_SETUP_MS, createWebWorld, screenshot, type WebWorld } from './web-world.ts';

// A dozen pages across five people on a shared two-core machine.
const STORY_MS = 300_000;
const STAGES = ['encounters', 'enrolled', 'fear_claim', 'positive', 'disenrolled'] as const;

// USWDS draws its own box over a checkbox or radio: a person clicks the label.
const tick = (page: Page, inputId: string) => page.locator(`label[for="${inputId}"]`).click();

/** The office funnel as the dashboard's table shows it: the count of each stage, by its code. */
async function officeFunnel(page: Page): Promise<Record<string, number>> {
  await page.goto('/dashboard');
  const figure = page.locator('[data-figure="office-funnel"]');
  await figure.getByRole('button', { name: 'Show the table' }).click();
  await figure.locator('tbody tr').first().waitFor();
  const counts: Record<string, number> = {};
  for (const stage of STAGES)
    counts[stage] = Number(
      await figure.locator(`tr[data-row="${stage}"] td`).first().getAttribute('data-value'),
    );
  return counts;
}

describe('the MPP story across roles, in the browser', () => {
  let web: WebWorld;
  beforeAll(async () => {
    web = await createWebWorld();
  }, BROWSER_SETUP_MS);
  afterAll(async () => web?.dispose());

  it(
    'takes one person from the border to the court, and the dashboard counts every stage',
    { timeout: STORY_MS },
    async () => {
      const analyst = await web.newPage('en');
      const intake = await web.newPage('en');
      const supervisor = await web.newPage('en');
      const officer = await web.newPage('en');
      const judge = await web.newPage('en');
      try {
        await web.signIn(analyst.page, 'analyst1');
        const before = await officeFunnel(analyst.page);
        expect(STAGES.every((stage) => Number.isInteger(before[stage]))).toBe(true);

        // Intake: one form, from the encounter to the fear claim and its referral.
        const { page } = intake;
        await web.signIn(page, 'intake1');
        await page.locator('#person-aNumber').fill('A298-300-001');
        await page.locator('#person-familyName').fill('SYNTHETIC');
        await page.locator('#person-givenName').fill('STORY');
        await page.locator('#person-nationality').fill('SV');
        await page.locator('#person-birthDate').fill('1988-02');
        await tick(page, 'person-sex-male');
        await page.locator('#encounter-date').fill('2019-07-22');
        await page.locator('#encounter-time').fill('09:30');
        await page.locator('#encounter-place').fill('El Paso POE');
        await tick(page, 'encounter-arrivedByLand');
        await tick(page, 'encounter-track-mpp');
        await tick(page, 'mpp-choice-enrol');
        await page.locator('#enrolment-ntaDate').fill('2019-07-22');
        await page.locator('#enrolment-ntaTime').fill('13:00');
        await page.locator('#enrolment-firstHearingDate').fill('2019-08-30');
        await page.locator('#enrolment-hearingLocation').fill('HOU');
        await page.locator('#enrolment-noticeAddress').fill('Albergue (synthetic), Ciudad Juárez');
        await tick(page, 'returned');
        await page.locator('#return-date').fill('2019-07-23');
        await page.locator('#return-time').fill('08:00');
        await page.locator('#return-port').fill('El Paso');
        await page.locator('#return-hearingDate').fill('2019-08-30');
        await page.locator('#return-hearingLocation').fill('HOU');
        await tick(page, 'fear-claimed');
        await page.locator('#fear-date').fill('2019-08-19');
        await page.locator('#fear-time').fill('10:00');
        await tick(page, 'fear-raisedHow-unprompted');
        await tick(page, 'fear-raisedTo-cbp');
        await tick(page, 'fear-occasion-encounter');
        await page.getByRole('button', { name: 'Record the encounter' }).click();
        await page.waitForURL(/\/cases\/[^/]+$/);
        const caseId = new URL(page.url()).pathname.split('/').pop()!;
        expect(await page.getByTestId('mpp-state').textContent()).toBe('Enrolled in MPP');
        const screeningLink = page.locator('[data-section="screenings"] tbody tr a').first();
        const screeningId = (await screeningLink.getAttribute('href'))!.split('/').pop()!;

        // The supervisor assigns it from the board.
        await web.signIn(supervisor.page, 'supervisor1');
        const row = supervisor.page.locator(`tr[data-screening="${screeningId}"]`);
        await row.waitFor();
        await row.locator('summary').click();
        await row.getByLabel('Officer', { exact: true }).selectOption({ label: 'officer1' });
        await row.getByRole('button', { name: 'Assign' }).click();
        await expect.poll(() => row.count()).toBe(0);

        // The officer finds it on the queue, interviews, and signs a positive determination.
        await web.signIn(officer.page, 'officer1');
        await officer.page.locator(`tr[data-screening="${screeningId}"]`).getByRole('link').click();
        await officer.page.getByLabel('Interview on').fill('2019-08-26T10:00');
        await officer.page.getByRole('button', { name: 'Schedule the interview' }).click();
        await officer.page.locator('[data-act="interview"]').waitFor();
        await officer.page.getByLabel('Whom the person fears').fill('A gang that threatened the family');
        await tick(officer.page, 'ground-particular_social_group');
        await officer.page.getByLabel('Language of the interview').fill('Spanish');
        await officer.page.getByRole('button', { name: 'Record the interview' }).click();
        await officer.page.locator('[data-act="decide"]').waitFor();
        await tick(officer.page, 'result-positive');
        await officer.page
          .getByLabel('Reasoning', { exact: true })
          .fill('Synthetic reasoning: a threat on return.');
        await officer.page.getByRole('button', { name: 'Sign and record the determination' }).click();
        await expect
          .poll(() => officer.page.locator('article').getAttribute('data-screening-status'))
          .toBe('decided');

        // The supervisor concurs.
        await supervisor.page.goto(`/screenings/${screeningId}`);
        await supervisor.page.locator('[data-act="review"]').waitFor();
        await supervisor.page.getByRole('button', { name: 'Record the review' }).click();
        await expect
          .poll(() => supervisor.page.locator('article').getAttribute('data-screening-status'))
          .toBe('approved');

        // The officer records service on the person: a served positive MPP interview takes the person out of MPP.
        await officer.page.reload();
        await officer.page.locator('[data-act="serve"]').waitFor();
        await officer.page.getByLabel('Served on').fill('2019-08-28T10:00');
        await officer.page.getByRole('button', { name: 'Record service' }).click();
        await expect.poll(() => officer.page.locator('[data-act="serve"]').count()).toBe(0);
        // The page names the supervisor who concurred, and its timeline already holds the service just recorded.
        expect(await officer.page.locator('[data-review="concur"]').textContent()).toContain(
          'Concurred by supervisor1',
        );
        await officer.page.locator('tr[data-event="screening.served"]').waitFor();
        await expectAccessible(officer.page, 'served screening (en)');
        await screenshot(officer.page, 'story-screening-served-en');
        await page.goto(`/cases/${caseId}`);
        await expect.poll(() => page.locator('article').getAttribute('data-mpp-state')).toBe('not_amenable');

        // The court: proceedings and a hearing (arranged through the API), attendance from the calendar.
        const court = await web.api('judge1');
        const proceeding = await send(
          court,
          'POST',
          `/api/v1/cases/${caseId}/proceedings`,
          { kind: 'removal', origin: 'nta', openedAt: '2019-07-22T13:00:00Z' },
          201,
        );
        const scheduled = await send(
          court,
          'POST',
          `/api/v1/proceedings/${proceeding.id as string}/hearings`,
          { at: '2019-08-30T15:00:00Z', calendar: 'master', medium: 'in_person' },
          201,
        );
        const hearingId = (scheduled.hearings as { id: string }[])[0]!.id;
        await web.signIn(judge.page, 'judge1');
        await judge.page.getByLabel('From', { exact: true }).fill('2019-08-01');
        await judge.page.getByLabel('To', { exact: true }).fill('2019-09-30');
        await judge.page.getByRole('button', { name: 'Show the calendar' }).click();
        const hearing = judge.page.locator(`tr[data-hearing="${hearingId}"]`);
        await hearing.getByRole('button', { name: /attended the hearing/ }).click();
        await expect.poll(() => hearing.getAttribute('data-attendance')).toBe('attended');

        // The dashboard: every stage of the office's funnel moved by exactly this one person.
        const after = await officeFunnel(analyst.page);
        expect(Object.fromEntries(STAGES.map((stage) => [stage, after[stage]! - before[stage]!]))).toEqual({
          encounters: 1,
          enrolled: 1,
          fear_claim: 1,
          positive: 1,
          disenrolled: 1,
        });
        await expectAccessible(analyst.page, 'dashboard with the table (en)');
        await screenshot(analyst.page, 'story-dashboard-en');
      } finally {
        for (const reader of [analyst, intake, supervisor, officer, judge]) await reader.context.close();
      }
    },
  );
});

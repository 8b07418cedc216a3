// Policy dissent and administration in a real browser: an officer files a dissent; the administrator designates a
// reviewer; the reviewer finds it in the queue with its 60-day due date (an overdue one said in words) and answers;
// the officer reads the answer, and another officer cannot see it at all. The administrator creates a user and a
// bearer token (its secret shown once, working, then revoked) and reads the access log. axe on each page in both
// languages; a screenshot of each. The world's clock is the real one, so the browser and the server agree on time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/server/http/app.ts';
import { TEST_PASSWORD } from '../http-client.ts';
import { expectAccessible } from './accessibility.ts';
import { send } from './arrange.ts';
import { BROWSER_SETUP_MS, createWebWorld, screenshot, type WebWorld } from './web-world.ts';

const NOW = new Date().toISOString();
const DAY_MS = 86_400_000;
const POLICY = 'Synthetic Guidance on Returns';
const OVERDUE_POLICY = 'Synthetic Metering Memo';
const ANSWER = 'Synthetic answer: the guidance is under review; your points are taken up in section 2.';

type Json = Record<string, unknown>;

const mediumDate = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso));

describe('policy dissent and administration, in the browser', () => {
  let web: WebWorld;
  let dissentId = '';
  beforeAll(async () => {
    web = await createWebWorld(NOW);
    // A dissent filed 70 days ago and never answered: overdue now.
    web.world.setNow(new Date(Date.parse(NOW) - 70 * DAY_MS).toISOString());
    const officer2 = await web.api('officer2');
    await send(
      officer2,
      'POST',
      '/api/v1/dissents',
      { policy: OVERDUE_POLICY, text: 'Synthetic dissent text.' },
      201,
    );
    web.world.setNow(NOW);
  }, BROWSER_SETUP_MS);
  afterAll(async () => web?.dispose());

  it('lets an officer file a dissent with an attachment, and lists it with its 60-day due date', async () => {
    const { context, page } = await web.newPage('en');
    try {
      await web.signIn(page, 'officer1');
      await page.goto('/dissents');
      await page.getByRole('heading', { name: 'File a dissent' }).waitFor();
      await page.getByRole('button', { name: 'File the dissent' }).click();
      expect(await page.locator('#dissent-policy-error').textContent()).toBe('Fill in this field.');
      expect(await page.locator('#dissent-text-error').textContent()).toBe('Fill in this field.');

      await page.getByLabel('Policy or guidance document').fill(POLICY);
      await page
        .getByLabel('Your dissent', { exact: true })
        .fill('Synthetic dissent: returning people to danger contradicts our obligations.');
      await page.setInputFiles('#dissent-attachments', {
        name: 'memo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Synthetic memo.'),
      });
      await page.getByRole('button', { name: 'File the dissent' }).click();
      await page.getByText(`Your dissent on “${POLICY}” was filed.`).waitFor();

      // The server recorded it with its attachment, due 60 days after filing; the list says so.
      const mine = await send(await web.api('officer1'), 'GET', '/api/v1/dissents');
      const filed = (mine.items as Json[])[0]!;
      dissentId = filed.id as string;
      expect(filed.policy).toBe(POLICY);
      expect(filed.attachmentCount).toBe(1);
      expect(Date.parse(filed.dueAt as string) - Date.parse(filed.filedAt as string)).toBe(60 * DAY_MS);
      const row = page.locator(`tr[data-dissent="${dissentId}"]`);
      await row.waitFor();
      expect(await row.locator('td[data-due]').textContent()).toBe(mediumDate(filed.dueAt as string));
      expect(await row.locator('[data-standing]').textContent()).toBe('Awaiting answer');
      // The filer's own list has no "filed by" column: that is for the reviewers.
      expect(await page.getByRole('columnheader', { name: 'Filed by' }).count()).toBe(0);
      await expectAccessible(page, 'dissents (en)');
      await screenshot(page, 'dissents-en');

      await row.getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: `Dissent on ${POLICY}` }).waitFor();
      expect(await page.getByRole('link', { name: 'Download memo.txt' }).count()).toBe(1);
      expect(await page.getByText('Not answered yet.').count()).toBe(1);
      expect(await page.locator('[data-act="answer"]').count()).toBe(0);
      await expectAccessible(page, 'dissent (en)');
      await screenshot(page, 'dissent-en');
    } finally {
      await context.close();
    }
  });

  it('lets the administrator designate a reviewer, and offers it only for roles that may review', async () => {
    const { context, page } = await web.newPage('en');
    try {
      await web.signIn(page, 'admin1');
      expect(new URL(page.url()).pathname).toBe('/admin/users');
      const analyst = page.locator('tr[data-user="analyst1"]');
      await analyst.waitFor();
      expect(await analyst.locator('td[data-reviewer]').getAttribute('data-reviewer')).toBe('no');

      await page.getByRole('button', { name: 'Manage counsel1' }).click();
      await page.getByRole('heading', { name: 'Managing counsel1' }).waitFor();
      expect(await page.getByText('Users of this role cannot be dissent reviewers.').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Designate as dissent reviewer' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Manage analyst1' }).click();
      await page.getByRole('heading', { name: 'Managing analyst1' }).waitFor();
      await page.getByRole('button', { name: 'Designate as dissent reviewer' }).click();
      await expect.poll(() => analyst.locator('td[data-reviewer]').getAttribute('data-reviewer')).toBe('yes');
      const reviewers = await send(await web.api('admin1'), 'GET', '/api/v1/users?isDissentReviewer=true');
      expect((reviewers.items as Json[]).map((a) => a.name)).toEqual(['analyst1']);
      await expectAccessible(page, 'users (en)');
      await screenshot(page, 'admin-users-en');
    } finally {
      await context.close();
    }
  });

  it('shows the reviewer the queue with due dates and the overdue in words, and records the written answer', async () => {
    const { context, page } = await web.newPage('en');
    try {
      await web.signIn(page, 'analyst1');
      await page.goto('/dissents/review');
      await page.getByRole('heading', { level: 1, name: 'Dissents to answer' }).waitFor();
      const rows = page.locator('tr[data-dissent]');
      await expect.poll(() => rows.count()).toBe(2);
      // Oldest due first: the overdue one, marked in words, with its filer (reviewers see who filed).
      const overdue = rows.first();
      expect(await overdue.textContent()).toContain(OVERDUE_POLICY);
      expect(await overdue.textContent()).toContain('officer2');
      expect(await overdue.locator('[data-standing]').textContent()).toBe(
        '!! Overdue: no answer by the due date',
      );
      const fresh = page.locator(`tr[data-dissent="${dissentId}"]`);
      expect(await fresh.textContent()).toContain('officer1');
      expect(await fresh.locator('[data-standing]').textContent()).toBe('Awaiting answer');
      await expectAccessible(page, 'dissent review (en)');
      await screenshot(page, 'dissent-review-en');

      await fresh.getByRole('link').click();
      const form = page.locator('[data-act="answer"]');
      await form.waitFor();
      await page.getByRole('button', { name: 'Record the answer' }).click();
      expect(await page.locator('#answer-text-error').textContent()).toBe('Fill in this field.');
      await page.getByLabel('Your answer').fill(ANSWER);
      await page.getByRole('button', { name: 'Record the answer' }).click();
      await page.locator('[data-answer]').waitFor();
      expect(await form.count()).toBe(0);
      expect(await page.locator('article').getAttribute('data-dissent-status')).toBe('answered');

      const recorded = await send(await web.api('officer1'), 'GET', `/api/v1/dissents/${dissentId}`);
      expect((recorded.answer as Json).text).toBe(ANSWER);
      expect(((recorded.answer as Json).by as Json).name).toBe('analyst1');
    } finally {
      await context.close();
    }
  });

  it('shows the officer the answer, in Spanish, and no other officer the dissent at all', async () => {
    const { context, page } = await web.newPage('es');
    try {
      await web.signIn(page, 'officer1');
      await page.goto(`/dissents/${dissentId}`);
      await page.getByRole('heading', { level: 1, name: `Disenso sobre ${POLICY}` }).waitFor();
      expect(await page.locator('[data-answer]').textContent()).toContain(ANSWER);
      expect(await page.locator('[data-answer]').textContent()).toContain('Respondido por analyst1');
      await expectAccessible(page, 'dissent (es)');
      await screenshot(page, 'dissent-es');
      await page.goto('/dissents');
      const row = page.locator(`tr[data-dissent="${dissentId}"]`);
      await row.waitFor();
      expect(await row.locator('[data-standing]').textContent()).toBe('✓ Respondido');
      await expectAccessible(page, 'dissents (es)');
      await screenshot(page, 'dissents-es');
    } finally {
      await context.close();
    }
    const other = await web.newPage('en');
    try {
      await web.signIn(other.page, 'officer2');
      await other.page.goto(`/dissents/${dissentId}`);
      // Another officer is told what anyone is told of an address that holds nothing: not even that it exists.
      const heading = other.page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      expect(await heading.textContent()).toBe('Page not found');
      expect(await other.page.getByText(POLICY).count()).toBe(0);
    } finally {
      await other.context.close();
    }
  });

  it('lets the administrator create a user and a token whose secret shows once, works, and stops when revoked', async () => {
    const { context, page } = await web.newPage('en');
    try {
      await web.signIn(page, 'admin1');
      await page.getByRole('heading', { name: 'Create a user' }).waitFor();
      await page.getByLabel('Login name').fill('hou.officer7');
      await page.locator('#new-role').selectOption('officer');
      await page.getByLabel('Office or court').fill('HOU');
      await page.getByLabel('Initial password').fill('short');
      await page.getByRole('button', { name: 'Create the user' }).click();
      expect(await page.locator('#new-password-error').textContent()).toBe('Use at least 12 characters.');
      await page.getByLabel('Initial password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Create the user' }).click();
      await page.getByText('hou.officer7 was created as asylum officer.').waitFor();
      await page.locator('tr[data-user="hou.officer7"]').waitFor();
      // The account signs in with the password given.
      const created = await web.api('hou.officer7');
      const session = await send(created, 'GET', '/api/v1/session');
      expect((session.user as Json).office).toBe('HOU');

      await page.getByRole('button', { name: 'Manage hou.officer7' }).click();
      await page.getByRole('button', { name: 'Create a token' }).click();
      const secretBox = page.locator('[data-token-secret]');
      await secretBox.waitFor();
      expect(await secretBox.textContent()).toContain('shown only once');
      const secret = await page.locator('#token-secret').inputValue();
      expect(secret.length).toBeGreaterThan(20);
      const tokenRow = page.locator('tr[data-token]');
      await tokenRow.waitFor();
      expect(await tokenRow.getAttribute('data-token-state')).toBe('active');
      await expectAccessible(page, 'users with a new token (en)');
      await screenshot(page, 'admin-token-en');

      const http = createHttpApp(web.world.app, { isDemo: false });
      const asToken = () =>
        http.request('/api/v1/session', { headers: { authorization: `Bearer ${secret}` } });
      expect((await asToken()).status).toBe(200);

      // Once the page is left, the secret is nowhere to be seen again.
      await page.reload();
      await page.getByRole('button', { name: 'Manage hou.officer7' }).click();
      await tokenRow.waitFor();
      expect(await page.locator('[data-token-secret]').count()).toBe(0);
      expect(await page.content()).not.toContain(secret);

      await page.getByRole('button', { name: /^Revoke token / }).click();
      await expect.poll(() => tokenRow.getAttribute('data-token-state')).toBe('revoked');
      expect((await asToken()).status).toBe(401);
    } finally {
      await context.close();
    }
  });

  it('lets the administrator read the whole access log, filtered by user and by action', async () => {
    const { context, page } = await web.newPage('en');
    try {
      await web.signIn(page, 'admin1');
      await page.goto('/admin/access-log');
      await page.getByRole('heading', { level: 1, name: 'Access log' }).waitFor();
      // The reviewer's reads of the dissents are in the log, by name.
      await page.locator('tr[data-log-entry="dissent"]').first().waitFor();
      await page.getByRole('button', { name: 'Show only the accesses by analyst1' }).first().click();
      await page.locator('[data-user-filter="analyst1"]').waitFor();
      await expect
        .poll(async () =>
          (await page.locator('tbody tr').allTextContents()).every((r) => r.includes('analyst1')),
        )
        .toBe(true);
      await page.getByLabel('Action', { exact: true }).selectOption('search');
      await page.getByRole('button', { name: 'Apply the filters' }).click();
      await page.getByText('No entries match.').waitFor();
      await page.getByRole('button', { name: 'Clear the filters' }).click();
      await page.locator('tr[data-log-entry]').first().waitFor();
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(1);
      await expectAccessible(page, 'access log (en)');
      await screenshot(page, 'access-log-en');
    } finally {
      await context.close();
    }
  });

  it('shows the users and the access log in Spanish, accessible', async () => {
    const es = await web.newPage('es');
    try {
      await web.signIn(es.page, 'admin1');
      await es.page.locator('tr[data-user="analyst1"]').waitFor();
      expect(await es.page.getByRole('heading', { level: 1 }).textContent()).toBe('Usuarios');
      await es.page.getByRole('button', { name: 'Administrar analyst1' }).click();
      await es.page.getByRole('heading', { name: 'Administrando a analyst1' }).waitFor();
      await expectAccessible(es.page, 'users (es)');
      await screenshot(es.page, 'admin-users-es');
      await es.page.goto('/admin/access-log');
      await es.page.locator('tr[data-log-entry]').first().waitFor();
      expect(await es.page.getByRole('heading', { level: 1 }).textContent()).toBe('Registro de accesos');
      await expectAccessible(es.page, 'access log (es)');
      await screenshot(es.page, 'access-log-es');
    } finally {
      await es.context.close();
    }
  });

  it('shows the reviewers’ queue in Spanish, the overdue in words, accessible', async () => {
    const reviewer = await web.newPage('es');
    try {
      await web.signIn(reviewer.page, 'analyst1');
      await reviewer.page.goto('/dissents/review');
      await reviewer.page.locator('tr[data-dissent]').first().waitFor();
      expect(await reviewer.page.locator('[data-standing="overdue"]').textContent()).toBe(
        '!! Vencido: sin respuesta en el plazo',
      );
      await expectAccessible(reviewer.page, 'dissent review (es)');
      await screenshot(reviewer.page, 'dissent-review-es');
    } finally {
      await reviewer.context.close();
    }
  });
});

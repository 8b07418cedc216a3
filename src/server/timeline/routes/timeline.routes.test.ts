// A case's timeline over HTTP, on SQLite and PostgreSQL: the ledger's events with actor, hash and a signature that
// verifies; the objection reason shown to the objecting officer and the office's supervisors and withheld from
// everyone else; paging by position; a reader without a basis gets a missing case's 404; every read logged.
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { addSampleRecords, valueOf, type SampleRecords } from '../../../../test/faults/sample-records.ts';
import { signInAs } from '../../../../test/http-client.ts';
import { OBJECTION_REASON_WITHHELD } from '../../../domain/access/event-redaction.ts';
import { createHttpApp } from '../../http/app.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';
import { assignScreening, declineScreening } from '../../screenings/screening.service.ts';

interface Entry {
  seq: number;
  type: string;
  actor: { id: string; name: string; role: string };
  payload: Record<string, unknown>;
  withheld: string[];
  hash: string;
  signature: string;
  signatureVerifies: boolean;
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
}
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const REASON = 'My conscience forbids me to send people back to danger.';

describeEachDialect('the case timeline over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let sample: SampleRecords;
  const timelineOf = async (name: string, query = '') =>
    (await signInAs(http, name)).request('GET', `/api/v1/cases/${sample.mppCaseId}/timeline${query}`);
  const declinedAs = async (name: string) => {
    const page = await json<Page>(await timelineOf(name));
    return page.items.find((e) => e.type === 'screening.declined')!;
  };
  beforeAll(async () => {
    world = await createTestWorld(dialect);
    http = createHttpApp(world.app, { isDemo: false });
    sample = await addSampleRecords(world);
    valueOf(
      await assignScreening(world.app, world.users.supervisor, sample.screeningId, world.users.officer),
    );
    valueOf(await declineScreening(world.app, world.users.officer, sample.screeningId, REASON));
  });
  afterAll(async () => world.dispose());

  it('lists the case\u2019s events in ledger order with their actors, hashes and verifying signatures', async () => {
    const response = await timelineOf('supervisor1');
    expect(response.status).toBe(200);
    const page = await json<Page>(response);
    expect(page.items.map((e) => e.type)).toEqual([
      'case.opened',
      'mpp.enrolled',
      'fear.claimed',
      'screening.referred',
      'screening.assigned',
      'screening.declined',
    ]);
    expect(page.items[0]!.actor).toEqual({ id: world.users.intake, name: 'intake1', role: 'intake' });
    expect(page.items[4]!.actor).toMatchObject({ name: 'supervisor1', role: 'supervisor' });
    for (const entry of page.items) {
      expect(entry.signatureVerifies, entry.type).toBe(true);
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Buffer.from(entry.signature, 'base64')).toHaveLength(64);
    }
    const seqs = page.items.map((e) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(page.nextCursor).toBeNull();
  });

  it('shows the objection reason to the objecting officer and the office supervisor, a marker to the others', async () => {
    // While the screening waits unassigned in the office queue, both officers of the office see the case.
    expect((await declinedAs('officer1')).payload.reason).toBe(REASON);
    expect((await declinedAs('supervisor1')).payload.reason).toBe(REASON);
    const other = await declinedAs('officer2');
    expect(other.payload.reason).toBe(OBJECTION_REASON_WITHHELD);
    expect(other.withheld).toEqual(['reason']);
    expect(other.payload.officerId).toBe(world.users.officer);
    expect(other.signatureVerifies).toBe(true);
    const intake = await declinedAs('intake1');
    expect(intake.payload.reason).toBe(OBJECTION_REASON_WITHHELD);

    valueOf(
      await assignScreening(world.app, world.users.supervisor, sample.screeningId, world.users.officer2),
    );
    expect((await declinedAs('officer2')).payload.reason).toBe(OBJECTION_REASON_WITHHELD);
    expect((await declinedAs('supervisor2')).payload.reason).toBe(REASON);
  });

  it('pages by ledger position without repeating or skipping an event', async () => {
    const all = (await json<Page>(await timelineOf('supervisor1'))).items.map((e) => e.seq);
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Page = await json<Page>(await timelineOf('supervisor1', `?limit=2&cursor=${cursor}`));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.seq));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all);
    expect((await timelineOf('supervisor1', '?cursor=garbage')).status).toBe(400);
    expect((await timelineOf('supervisor1', '?limit=500')).status).toBe(400);
  });

  it('answers readers without a basis with a missing case\u2019s 404, and refuses analysts and admins by role', async () => {
    // officer1 declined and the screening is now officer2's: officer1 has no basis left.
    for (const name of ['officer1', 'judge1', 'counsel1']) {
      const caller = await signInAs(http, name);
      const hidden = await caller.request('GET', `/api/v1/cases/${sample.mppCaseId}/timeline`);
      const missing = await caller.request('GET', `/api/v1/cases/${crypto.randomUUID()}/timeline`);
      expect(hidden.status, name).toBe(404);
      expect(await hidden.text(), name).toBe(await missing.text());
    }
    for (const name of ['analyst1', 'admin1']) expect((await timelineOf(name)).status, name).toBe(403);
  });

  it('writes each read to the access log with the basis the policy used', async () => {
    const rows = await world.app.database.db
      .selectFrom('disclosures')
      .select(['user_id', 'legal_basis', 'subject', 'action'])
      .where('case_id', '=', sample.mppCaseId)
      .where('purpose', '=', 'case work')
      .execute();
    const bases = new Set(rows.map((r) => `${r.user_id}:${r.legal_basis}`));
    expect(bases).toContain(`${world.users.supervisor}:office-supervisor`);
    expect(bases).toContain(`${world.users.officer2}:assigned-officer`);
    expect(bases).toContain(`${world.users.intake}:office-intake`);
    expect(rows.every((r) => r.action === 'read' && r.subject === 'case')).toBe(true);
    expect(rows.some((r) => r.user_id === world.users.counsel)).toBe(false);
  });

  it('says so when an event no longer verifies', async () => {
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
    const before = (await json<Page>(await timelineOf('supervisor1'))).items;
    const target = before.find((e) => e.type === 'screening.assigned')!;
    const forged = Buffer.from(target.signature, 'base64');
    forged[0] = forged[0]! ^ 0xff;
    await world.app.database.db
      .updateTable('ledger_events')
      .set({ signature: forged.toString('base64') })
      .where('seq', '=', target.seq)
      .execute();
    const after = (await json<Page>(await timelineOf('supervisor1'))).items;
    expect(after.filter((e) => !e.signatureVerifies).map((e) => e.seq)).toEqual([target.seq]);
    expect((await verifyLedger(world.app.database)).ok).toBe(false);
  });
});

// Signing checkpoints: exactly one checkpoint per tree size however many API nodes sign at once (on PostgreSQL, the
// many-node deployment: two app contexts on one database, signing under the head's lock), and, on both dialects, the
// periodic signer signing when the log grew and only then.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { describeEachDialect, describePostgres } from '../../../test/database.ts';
import { createAppContext, type AppContext } from '../app-context.ts';
import { createUser } from '../users/user.service.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import { readCheckpoints } from './checkpoint.repository.ts';
import { signCheckpoint, startCheckpointSigner } from './checkpoint.service.ts';
import { getHead } from './ledger.repository.ts';

/** Waits (polling, up to 20 s) until `isDone` holds; fails the test with `what` if it never does. */
async function eventually(what: string, isDone: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 20_000;
  while (!(await isDone())) {
    if (Date.now() > until) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describePostgres('signing checkpoints on many nodes', (store) => {
  let world: TestWorld;
  let otherNode: AppContext;
  beforeAll(async () => {
    world = await createTestWorld(store());
    otherNode = await createAppContext(
      { dataDir: store().dataDir, databaseUrl: store().databaseUrl },
      () => '2020-01-15T12:00:00.000Z',
    );
  });
  afterAll(async () => {
    await otherNode.database.close();
    await world.dispose();
  });

  it('signs exactly one checkpoint per tree size, however many nodes sign at once', async () => {
    const nodes = [world.app, otherNode];
    const signed = await Promise.all(Array.from({ length: 8 }, (_, i) => signCheckpoint(nodes[i % 2]!)));
    const { seq } = await getHead(world.app.database.db);
    expect(new Set(signed.map((c) => c.treeSize))).toEqual(new Set([seq]));
    expect(new Set(signed.map((c) => c.note)).size).toBe(1);
    const stored = await readCheckpoints(world.app.database.db);
    expect(stored.filter((c) => c.treeSize === seq)).toHaveLength(1);
  });
});

describeEachDialect('the periodic checkpoint signer', (store) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(store());
  });
  afterAll(async () => world.dispose());

  it('signs periodically when the log grew, and not while it did not', async () => {
    const errors: unknown[] = [];
    const stop = startCheckpointSigner(world.app, 20, (error) => errors.push(error));
    try {
      const created = await createUser(world.app, SYSTEM_ACTOR_ID, {
        name: 'synthetic-grower',
        role: 'intake',
        office: 'HOU',
        password: 'synthetic-test-password',
      });
      expect(created.ok).toBe(true);
      const { seq } = await getHead(world.app.database.db);
      const latestSize = async () => (await readCheckpoints(world.app.database.db)).at(-1)?.treeSize;
      await eventually(`a checkpoint at the grown size ${seq}`, async () => (await latestSize()) === seq);
      const count = (await readCheckpoints(world.app.database.db)).length;
      await new Promise((resolve) => setTimeout(resolve, 300)); // many ticks, no growth
      expect((await readCheckpoints(world.app.database.db)).length).toBe(count);
      expect(errors).toEqual([]);
    } finally {
      stop();
    }
  });
});

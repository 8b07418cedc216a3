// `refuge user add` and `refuge user list` as an operator runs them, on both dialects: the password from
// REFUGE_PASSWORD or standard input, the new user signed into the ledger by the system actor, one line per error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, describeEachDialect, type TestStore } from '../../test/database.ts';
import { linesOf, runCli, storeEnv } from '../../test/faults/run-cli.ts';
import { SYSTEM_ACTOR_ID } from '../domain/ledger/ledger-event.ts';
import { verifyLedger } from '../server/ledger/ledger.verify.ts';
import { verifyPassword } from '../server/users/password.ts';
import { findUserByName } from '../server/users/user.repository.ts';

describe('refuge user [sqlite]', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
  });
  afterAll(async () => store.dispose());

  it('adds a user with the password from REFUGE_PASSWORD and prints its id and role', async () => {
    const run = await runCli(
      ['user', 'add', 'officer1', '--role', 'officer', '--office', 'HOU'],
      storeEnv(store, { REFUGE_PASSWORD: 'synthetic-password-1' }),
    );
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      expect.stringMatching(/^created user officer1: id [0-9a-f-]{36}, role officer, office HOU$/),
    ]);
    const user = await findUserByName(store.database.db, 'officer1');
    expect(run.stdout).toContain(user?.id);
    expect((await verifyPassword('synthetic-password-1', user!.password_hash)).matches).toBe(true);
  });

  it('takes the password as one line of standard input, and refuses bad input in one line each', async () => {
    const [added, taken, badRole, noOffice] = await Promise.all([
      runCli(
        ['user', 'add', 'admin1', '--role', 'admin'],
        storeEnv(store),
        'synthetic-password-2\nignored second line\n',
      ),
      runCli(
        ['user', 'add', 'officer1', '--role', 'officer', '--office', 'HOU'],
        storeEnv(store),
        'synthetic-password-3\n',
      ),
      runCli(['user', 'add', 'wizard1', '--role', 'wizard'], storeEnv(store)),
      runCli(['user', 'add', 'intake1', '--role', 'intake'], storeEnv(store), 'synthetic-password-4\n'),
    ]);
    expect(added.code).toBe(0);
    expect(
      (
        await verifyPassword(
          'synthetic-password-2',
          (await findUserByName(store.database.db, 'admin1'))!.password_hash,
        )
      ).matches,
    ).toBe(true);
    for (const [run, message] of [
      [taken, /already exists/],
      [badRole, /Unknown role "wizard"/],
      [noOffice, /give --office/],
    ] as const) {
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
      expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
    }
    expect(await findUserByName(store.database.db, 'intake1')).toBeUndefined();
  });

  it('lists name, role and office only, and the new users are in a ledger that verifies', async () => {
    const run = await runCli(['user', 'list'], storeEnv(store));
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout).map((line) => line.split(/\s+/))).toEqual([
      ['NAME', 'ROLE', 'OFFICE'],
      ['admin1', 'admin', '-'],
      ['officer1', 'officer', 'HOU'],
    ]);
    expect(await verifyLedger(store.database)).toMatchObject({ ok: true, count: 5 }); // genesis, then created + key per user
    const created = await store.database.db
      .selectFrom('ledger_events')
      .select(['actor_id'])
      .where('type', '=', 'user.created')
      .execute();
    expect(created).toEqual([{ actor_id: SYSTEM_ACTOR_ID }, { actor_id: SYSTEM_ACTOR_ID }]);
  });
});

// The same commands on each dialect (the SQLite block above covers the refusals; they do not depend on the store).
describeEachDialect('refuge user on a fresh store', (store) => {
  it('adds a user from standard input and lists it', async () => {
    const added = await runCli(
      ['user', 'add', 'supervisor1', '--role', 'supervisor', '--office', 'HOU'],
      storeEnv(store()),
      'synthetic-password-5\n',
    );
    expect(linesOf(added.stdout)).toEqual([
      expect.stringMatching(/^created user supervisor1: id [0-9a-f-]{36}, role supervisor, office HOU$/),
    ]);
    const listed = await runCli(['user', 'list'], storeEnv(store()));
    expect(linesOf(listed.stdout).map((line) => line.split(/\s+/))).toEqual([
      ['NAME', 'ROLE', 'OFFICE'],
      ['supervisor1', 'supervisor', 'HOU'],
    ]);
    expect(await verifyLedger(store().database)).toMatchObject({ ok: true, count: 3 });
  });
});

// `refuge user disable|enable|role|reviewer` as an operator runs them, on both dialects: the system actor acts, each
// change is a signed ledger event, a disabled user's tokens end, the last administrator is kept, errors in one line.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../test/app.ts';
import { describeEachDialect } from '../../test/database.ts';
import { linesOf, runCli, storeEnv } from '../../test/faults/run-cli.ts';
import { SYSTEM_ACTOR_ID } from '../domain/ledger/ledger-event.ts';
import { createApiToken } from '../server/auth/api-token.service.ts';
import { verifyLedger } from '../server/ledger/ledger.verify.ts';
import { findUserByName } from '../server/users/user.repository.ts';

describeEachDialect('refuge user administration', (_store, dialect) => {
  let world: TestWorld;
  const cli = (...args: string[]) => runCli(['user', ...args], storeEnv(world.store));
  beforeAll(async () => {
    world = await createTestWorld(dialect);
  });
  afterAll(async () => world.dispose());

  it('disables with a reason (its tokens end) and enables again', async () => {
    const token = await createApiToken(world.app, SYSTEM_ACTOR_ID, {
      userName: 'officer1',
      expiresInDays: 9,
    });
    if (!token.ok) throw token.error;
    const disabled = await cli('disable', 'officer1', '--reason', 'Transferred out.');
    expect({ code: disabled.code, lines: linesOf(disabled.stdout) }).toEqual({
      code: 0,
      lines: ['disabled user officer1; its sessions and tokens have ended'],
    });
    expect((await findUserByName(world.app.database.db, 'officer1'))?.disabled_at).not.toBeNull();
    const stored = await world.app.database.db
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('id', '=', token.value.summary.id)
      .executeTakeFirstOrThrow();
    expect(stored.revoked_at).not.toBeNull();
    const enabled = await cli('enable', 'officer1');
    expect(linesOf(enabled.stdout)).toEqual(['enabled user officer1']);
    expect((await findUserByName(world.app.database.db, 'officer1'))?.disabled_at).toBeNull();
  });

  it('changes a role, keeping the office, and designates and removes a dissent reviewer', async () => {
    const role = await cli('role', 'officer2', '--role', 'supervisor');
    expect(linesOf(role.stdout)).toEqual(['user officer2 is now supervisor in HOU; its sessions have ended']);
    const moved = await cli('role', 'officer2', '--role', 'officer', '--office', 'ELP');
    expect(linesOf(moved.stdout)).toEqual(['user officer2 is now officer in ELP; its sessions have ended']);
    expect(linesOf((await cli('reviewer', 'supervisor1', '--on')).stdout)).toEqual([
      'user supervisor1 is now a dissent reviewer',
    ]);
    expect((await findUserByName(world.app.database.db, 'supervisor1'))?.is_dissent_reviewer).toBe(1);
    expect(linesOf((await cli('reviewer', 'supervisor1', '--off')).stdout)).toEqual([
      'user supervisor1 is no longer a dissent reviewer',
    ]);
  });

  // The refusals do not depend on the store: checked once, on SQLite.
  it.runIf(dialect === 'sqlite')(
    'refuses in one line each: no reason, an unknown user, the last admin, a bad role, neither --on nor --off',
    async () => {
      const runs = await Promise.all([
        cli('disable', 'officer1'),
        cli('enable', 'nobody-here'),
        cli('disable', 'admin1', '--reason', 'x'),
        cli('role', 'officer1', '--role', 'wizard'),
        cli('reviewer', 'officer1'),
        cli('reviewer', 'counsel1', '--on'),
      ]);
      const messages = [
        /required option '--reason <text>'/,
        /No user named "nobody-here"/,
        /last active administrator/,
        /Unknown role "wizard"/,
        /exactly one of --on or --off/,
        /cannot review dissents/,
      ];
      runs.forEach((run, i) => {
        expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
        expect(linesOf(run.stderr)[0]).toMatch(messages[i]!);
        expect(linesOf(run.stderr).length).toBeLessThanOrEqual(i === 0 ? 2 : 1); // commander adds a usage hint
      });
    },
  );

  it('signs every change as the system actor, in a ledger that verifies', async () => {
    const events = await world.app.database.db
      .selectFrom('ledger_events')
      .select(['type', 'actor_id'])
      .where('type', 'like', 'user.%')
      .where('type', 'not in', ['user.created', 'user.key_registered'])
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'user.disabled',
      'user.enabled',
      'user.role_changed',
      'user.role_changed',
      'user.dissent_reviewer_set',
      'user.dissent_reviewer_set',
    ]);
    expect(new Set(events.map((e) => e.actor_id))).toEqual(new Set([SYSTEM_ACTOR_ID]));
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});

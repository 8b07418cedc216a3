// `refuge user add <name> --role <role> [--office <office>]` and `refuge user list` (administration of existing
// accounts is in user-admin.command.ts). The password comes from
// REFUGE_PASSWORD or one line of standard input (typed without echo on a terminal); the system actor creates the
// user, so the new account and its public key enter the ledger signed like every other change.
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';
import { registerUserAdminCommands } from './user-admin.command.ts';

/** Registers `refuge user add`, `refuge user list` and the administration commands. */
export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage user accounts');

  user
    .command('add')
    .argument('<name>', 'login name: 2-63 lowercase letters, digits, dots, dashes or underscores')
    .requiredOption('--role <role>', 'intake, officer, supervisor, court, counsel, analyst or admin')
    .option(
      '--office <office>',
      'the office the user works in (required for intake, officer, supervisor and court)',
    )
    .description('create a user; the password comes from REFUGE_PASSWORD or one line of standard input')
    .action(async (name: string, options: { role: string; office?: string }) => {
      const { loadConfig } = await import('../server/config.ts');
      const { createAppContext } = await import('../server/app-context.ts');
      const { createUser, validateNewUser } = await import('../server/users/user.service.ts');
      const { SYSTEM_ACTOR_ID } = await import('../domain/ledger/ledger-event.ts');
      // Name, role and office are checked before asking for a password nobody would need (the stand-in passes).
      const fields = validateNewUser({
        name,
        role: options.role,
        office: options.office ?? null,
        password: 'x'.repeat(12),
      });
      if (!fields.ok) throw fields.error;
      const password = await readPassword(name);
      const app = await createAppContext(loadConfig());
      try {
        const result = await createUser(app, SYSTEM_ACTOR_ID, {
          name,
          role: options.role,
          office: options.office ?? null,
          password,
        });
        if (!result.ok) throw result.error;
        const { id, role, office } = result.value;
        process.stdout.write(
          `created user ${name}: id ${id}, role ${role}${office ? `, office ${office}` : ''}\n`,
        );
      } finally {
        await app.database.close();
      }
    });

  user
    .command('list')
    .description('list the active users: name, role, office')
    .action(async () => {
      const { loadConfig } = await import('../server/config.ts');
      const { openDatabase } = await import('../server/db/database.ts');
      const { toStoreError } = await import('../server/db/store-errors.ts');
      const { findUsersByRole } = await import('../server/users/user.repository.ts');
      const { ROLES } = await import('../domain/actor.ts');
      const config = loadConfig();
      const database = await openDatabase(config);
      try {
        const byRole = await Promise.all(
          ROLES.filter((r) => r !== 'system').map((role) => findUsersByRole(database.db, role)),
        );
        const users = byRole.flat().sort((a, b) => a.name.localeCompare(b.name));
        const rows = [['NAME', 'ROLE', 'OFFICE'], ...users.map((u) => [u.name, u.role, u.office ?? '-'])];
        const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
        process.stdout.write(
          rows
            .map((r) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}`.trimEnd())
            .join('\n') + '\n',
        );
        if (users.length === 0)
          process.stderr.write('no users yet: add one with `refuge user add <name> --role admin`\n');
      } catch (error) {
        throw toStoreError(error) ?? error;
      } finally {
        await database.close();
      }
    });

  registerUserAdminCommands(user);
}

// REFUGE_PASSWORD, else a hidden prompt (asked twice) on a terminal, else the first line of standard input.
async function readPassword(name: string): Promise<string> {
  const fromEnv = process.env.REFUGE_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) {
    const first = await promptHidden(`Password for ${name}: `);
    if (first !== (await promptHidden('Repeat the password: ')))
      throw new AppError('VALIDATION_FAILED', 'The two passwords differ; run the command again.');
    return first;
  }
  const line = await readFirstLine(process.stdin);
  if (!line)
    throw new AppError(
      'VALIDATION_FAILED',
      'No password given: set REFUGE_PASSWORD, or write it as one line on standard input.',
    );
  return line;
}

async function readFirstLine(input: NodeJS.ReadStream): Promise<string | undefined> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    const newline = text.indexOf('\n');
    if (newline !== -1) return text.slice(0, newline).replace(/\r$/, '');
  }
  return text.replace(/\r$/, '') || undefined;
}

// Raw mode turns echo off; we read keys until Enter, honouring backspace, and give up on Ctrl-C or Ctrl-D.
function promptHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string): void => {
      for (const key of String(chunk)) {
        if (key === '\r' || key === '\n') return finish();
        if (key === '\u0003' || key === '\u0004')
          return finish(new AppError('VALIDATION_FAILED', 'Cancelled: no user was created.'));
        if (key === '\u007f' || key === '\b') value = value.slice(0, -1);
        else if (key >= ' ') value += key;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

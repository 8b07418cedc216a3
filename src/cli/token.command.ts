// `refuge token create <user> [--expires-in-days N]`, `refuge token revoke <token-id>`, `refuge token list <user>`:
// bearer tokens for scripts. The new token is printed once, alone on the last line of standard output; only its
// hash is stored. The system actor acts, so creating and revoking are signed ledger events.
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';
import type { AppContext } from '../server/app-context.ts';

async function withApp<T>(work: (app: AppContext) => Promise<T>): Promise<T> {
  const { loadConfig } = await import('../server/config.ts');
  const { createAppContext } = await import('../server/app-context.ts');
  const app = await createAppContext(loadConfig());
  try {
    return await work(app);
  } finally {
    await app.database.close();
  }
}

/** Registers `refuge token`. */
export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('bearer tokens for scripts (create, revoke, list)');

  token
    .command('create')
    .argument('<user>', 'the user the token acts as')
    .option('--expires-in-days <days>', 'how long the token lives (1-366)', '90')
    .description('create a token: printed once, alone on the last line; only its hash is kept')
    .action(async (user: string, options: { expiresInDays: string }) => {
      const days = Number(options.expiresInDays);
      if (!/^\d+$/.test(options.expiresInDays))
        throw new AppError(
          'VALIDATION_FAILED',
          `--expires-in-days takes a whole number of days; got "${options.expiresInDays}".`,
        );
      await withApp(async (app) => {
        const { createApiToken } = await import('../server/auth/api-token.service.ts');
        const { SYSTEM_ACTOR_ID } = await import('../domain/ledger/ledger-event.ts');
        const result = await createApiToken(app, SYSTEM_ACTOR_ID, { userName: user, expiresInDays: days });
        if (!result.ok) throw result.error;
        const { summary, token: secret } = result.value;
        process.stdout.write(
          `created token ${summary.id} for ${user}, expires ${summary.expiresAt}; it is shown only now:\n${secret}\n`,
        );
      });
    });

  token
    .command('revoke')
    .argument('<token-id>', 'the id printed by `token create` or `token list`')
    .description('revoke a token at once')
    .action(async (tokenId: string) => {
      await withApp(async (app) => {
        const { revokeApiTokenById } = await import('../server/auth/api-token.service.ts');
        const { SYSTEM_ACTOR_ID } = await import('../domain/ledger/ledger-event.ts');
        const result = await revokeApiTokenById(app, SYSTEM_ACTOR_ID, tokenId);
        if (!result.ok) throw result.error;
        process.stdout.write(`revoked token ${tokenId}\n`);
      });
    });

  token
    .command('list')
    .argument('<user>', 'whose tokens')
    .description('list a user\u2019s tokens: id, created, expires, last used, revoked')
    .action(async (user: string) => {
      await withApp(async (app) => {
        const { listApiTokens } = await import('../server/auth/api-token.service.ts');
        const result = await listApiTokens(app, user);
        if (!result.ok) throw result.error;
        if (result.value.length === 0) process.stdout.write(`${user} has no tokens\n`);
        for (const t of result.value)
          process.stdout.write(
            `${t.id}  created ${t.createdAt}  expires ${t.expiresAt ?? 'never'}  last used ${t.lastUsedAt ?? 'never'}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ''}\n`,
          );
      });
    });
}

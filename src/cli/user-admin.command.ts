// `refuge user disable <name> --reason <text>`, `refuge user enable <name>`, `refuge user role <name> --role <role>
// [--office <office>]` and `refuge user reviewer <name> --on|--off`: account administration from the command line.
// The system actor acts, so every change is a signed ledger event like the same change made through the API.
import type { Command } from 'commander';
import { AppError, type Result } from '../domain/errors.ts';
import type { Account } from '../domain/users/account.ts';
import type { AppContext } from '../server/app-context.ts';

async function withApp(
  work: (app: AppContext, systemId: string) => Promise<Result<Account>>,
): Promise<Account> {
  const { loadConfig } = await import('../server/config.ts');
  const { createAppContext } = await import('../server/app-context.ts');
  const { SYSTEM_ACTOR_ID } = await import('../domain/ledger/ledger-event.ts');
  const app = await createAppContext(loadConfig());
  try {
    const result = await work(app, SYSTEM_ACTOR_ID);
    if (!result.ok) throw result.error;
    return result.value;
  } finally {
    await app.database.close();
  }
}

const service = () => import('../server/users/account-admin.service.ts');

/** Adds `disable`, `enable`, `role` and `reviewer` to `refuge user`. */
export function registerUserAdminCommands(user: Command): void {
  user
    .command('disable')
    .argument('<name>', 'login name')
    .requiredOption('--reason <text>', 'why (recorded in the signed ledger)')
    .description('disable an account: it can no longer sign in; its sessions and tokens end at once')
    .action(async (name: string, options: { reason: string }) => {
      const { disableUser } = await service();
      await withApp((app, system) => disableUser(app, system, { name }, options.reason));
      process.stdout.write(`disabled user ${name}; its sessions and tokens have ended\n`);
    });

  user
    .command('enable')
    .argument('<name>', 'login name')
    .description('enable a disabled account')
    .action(async (name: string) => {
      const { enableUser } = await service();
      await withApp((app, system) => enableUser(app, system, { name }));
      process.stdout.write(`enabled user ${name}\n`);
    });

  user
    .command('role')
    .argument('<name>', 'login name')
    .requiredOption('--role <role>', 'intake, officer, supervisor, court, counsel, analyst or admin')
    .option('--office <office>', 'the office (an office role keeps its current one when left out)')
    .description("change an account's role and office; its sessions end")
    .action(async (name: string, options: { role: string; office?: string }) => {
      const { changeUserRole } = await service();
      const account = await withApp((app, system) =>
        changeUserRole(app, system, { name }, { role: options.role, office: options.office }),
      );
      process.stdout.write(
        `user ${name} is now ${account.role}${account.office ? ` in ${account.office}` : ''}; its sessions have ended\n`,
      );
    });

  user
    .command('reviewer')
    .argument('<name>', 'login name')
    .option('--on', 'designate the user a dissent reviewer')
    .option('--off', 'remove the designation')
    .description('designate a dissent reviewer (--on), or remove the designation (--off)')
    .action(async (name: string, options: { on?: boolean; off?: boolean }) => {
      if (options.on === options.off)
        throw new AppError('VALIDATION_FAILED', 'Give exactly one of --on or --off.');
      const { setUserDissentReviewer } = await service();
      await withApp((app, system) => setUserDissentReviewer(app, system, { name }, options.on === true));
      process.stdout.write(
        options.on
          ? `user ${name} is now a dissent reviewer\n`
          : `user ${name} is no longer a dissent reviewer\n`,
      );
    });
}

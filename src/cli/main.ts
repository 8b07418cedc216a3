// The `refuge` command: one thin file per command under src/cli, each registering itself here.
// Command files stay light: they import their services lazily inside the action, so `refuge --help` is quick.
import { Command, CommanderError } from 'commander';
import { registerAnalyticsCommand } from './analytics.command.ts';
import { registerBackupCommand } from './backup.command.ts';
import { reportCliError } from './cli-error.ts';
import { registerGenerateCommand } from './generate.command.ts';
import { registerImportCommand } from './import.command.ts';
import { registerLedgerCommand } from './ledger.command.ts';
import { registerReportCommand } from './report.command.ts';
import { registerRestoreCommand } from './restore.command.ts';
import { registerSeedCommand } from './seed.command.ts';
import { registerServeCommand } from './serve.command.ts';
import { registerTokenCommand } from './token.command.ts';
import { registerUserCommand } from './user.command.ts';
import { registerVerifyCommand } from './verify.command.ts';
import { registerWebCommand } from './web.command.ts';

const program = new Command('refuge')
  .description('Refuge: asylum screening case system, signed ledger, and court-data analytics')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

// Keep this list sorted; one line per command file.
registerAnalyticsCommand(program);
registerBackupCommand(program);
registerGenerateCommand(program);
registerImportCommand(program);
registerLedgerCommand(program);
registerReportCommand(program);
registerRestoreCommand(program);
registerSeedCommand(program);
registerServeCommand(program);
registerTokenCommand(program);
registerUserCommand(program);
registerVerifyCommand(program);
registerWebCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = error instanceof CommanderError ? error.exitCode : reportCliError(error);
}

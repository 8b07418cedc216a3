// `refuge seed --cases N [--seed S]`: fills the configured store with a deterministic synthetic MPP-era office and,
// unless --no-current-workload, its current workload of open cases dated just before now.
// Progress goes to stderr (cases and events a second); the summary line to stdout.
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';

interface SeedFlags {
  cases: string;
  seed: string;
  force?: boolean;
  demoPasswords?: boolean;
  currentWorkload: boolean;
}

function parseCases(text: string): number {
  const digits = text.replace(/[_,]/g, '');
  if (!/^\d+$/.test(digits) || Number(digits) < 1) {
    throw new AppError(
      'VALIDATION_FAILED',
      `--cases takes a whole number of cases, like 100000; got "${text}".`,
      { field: 'cases' },
    );
  }
  return Number(digits);
}

const perSecond = (count: number, ms: number): string =>
  Math.round(count / Math.max(ms / 1000, 0.001)).toLocaleString('en-US');

/** Registers `seed`. */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description(
      'fill the store with a deterministic synthetic MPP-era office (every person and case labelled synthetic)',
    )
    .requiredOption('--cases <n>', 'how many synthetic cases to add')
    .option('--seed <s>', 'the same seed gives the same records and ids', '1')
    .option('--force', 'add the synthetic cases even though the store already holds cases')
    .option(
      '--demo-passwords',
      'give the synthetic users the documented demo password (default: one nobody is told)',
    )
    .option(
      '--no-current-workload',
      'leave out the current workload (a few dozen open cases per office, dated in the weeks before now)',
    )
    .action(async (flags: SeedFlags) => {
      const cases = parseCases(flags.cases);
      const { loadConfig } = await import('../server/config.ts');
      const { createAppContext } = await import('../server/app-context.ts');
      const { seedCases } = await import('../synthetic/office/seed.service.ts');
      const app = await createAppContext(loadConfig());
      const isTty = process.stderr.isTTY;
      let lastPrinted = 0;
      try {
        const result = await seedCases(app, {
          cases,
          seed: flags.seed,
          force: flags.force === true,
          passwords: flags.demoPasswords ? 'demo' : 'random',
          currentWorkload: flags.currentWorkload,
          onProgress: ({ cases: done, total, events, elapsedMs }) => {
            if (elapsedMs - lastPrinted < 1000 && done < total) return;
            lastPrinted = elapsedMs;
            const line = `seeding: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} cases (${perSecond(done, elapsedMs)} cases/s, ${perSecond(events, elapsedMs)} events/s)`;
            process.stderr.write(isTty ? `\r${line}\x1b[K` : `${line}\n`);
          },
        });
        if (isTty) process.stderr.write('\r\x1b[K');
        if (!result.ok) throw result.error;
        const { seed, openCases, persons, events, elapsedMs } = result.value;
        const open = openCases > 0 ? ` and a current workload of ${openCases} open ones` : '';
        process.stdout.write(
          `seeded ${result.value.cases.toLocaleString('en-US')} synthetic cases${open} (seed ${seed}): ${persons.toLocaleString('en-US')} people, ` +
            `${events.toLocaleString('en-US')} signed events in ${(elapsedMs / 1000).toFixed(1)} s ` +
            `(${perSecond(result.value.cases, elapsedMs)} cases/s, ${perSecond(events, elapsedMs)} events/s)\n`,
        );
      } finally {
        await app.database.close();
      }
    });
}

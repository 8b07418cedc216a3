// `refuge analytics refresh`: exports our own cases into the analytical model (incremental unless --full).
import type { Command } from 'commander';

/** Registers `analytics refresh`. */
export function registerAnalyticsCommand(program: Command): void {
  const analytics = program.command('analytics').description('our own records in the analytical model');
  analytics
    .command('refresh')
    .description(
      'export the operational cases into office-analytics.duckdb (only the cases changed since the last refresh, unless --full)',
    )
    .option('--full', 'rebuild from every case')
    .action(async (options: { full?: boolean }) => {
      const { loadConfig } = await import('../server/config.ts');
      const { createAppContext } = await import('../server/app-context.ts');
      const { refreshOfficeAnalytics } = await import('../server/analytics/office/office-analytics.ts');
      const app = await createAppContext(loadConfig());
      try {
        const isTty = process.stderr.isTTY;
        const summary = await refreshOfficeAnalytics(app, {
          full: options.full ?? false,
          onProgress: (read) => isTty && process.stderr.write(`\rread ${read.toLocaleString('en-US')} cases`),
        });
        if (isTty) process.stderr.write('\n');
        process.stdout.write(
          `${summary.mode}: ${summary.cases} cases in the model, ${summary.read} read from the store (watermark ${summary.watermark ?? 'none'})\n`,
        );
      } finally {
        await app.database.close();
      }
    });
}

// `refuge import eoir <release.zip | folder> [--label L]`: imports an EOIR court-data release into the analytics
// database, with a progress bar on stderr (TTY only) and the per-table reconciliation at the end.
import type { Command } from 'commander';
import type { ImportProgress, ImportSummary } from '../server/analytics/eoir/import/index.ts';

/** Registers `refuge import` and its `eoir` subcommand. */
export function registerImportCommand(program: Command): void {
  const importCommand = program.command('import').description('import external data sets');
  importCommand
    .command('eoir')
    .description(
      'import an EOIR case-data release (its ZIP archive or unpacked folder) into the analytics database',
    )
    .argument('<source>', 'the release: a .zip archive, or a folder holding "EOIR Case Data/"')
    .option('--label <label>', 'a name for the release (default: the file or folder name)')
    .action(async (source: string, options: { label?: string }) => {
      const { loadConfig } = await import('../server/config.ts');
      const { importEoirRelease, formatSummaryTable } =
        await import('../server/analytics/eoir/import/index.ts');
      const bar = process.stderr.isTTY ? new ProgressBar() : undefined;
      let summary: ImportSummary;
      try {
        summary = await importEoirRelease({
          source,
          dataDir: loadConfig().dataDir,
          label: options.label,
          onProgress: bar ? (progress) => bar.update(progress) : undefined,
        });
      } finally {
        bar?.clear();
      }
      process.stdout.write(`${formatSummaryTable(summary)}\n`);
      process.stdout.write(
        `Imported ${summary.label} into ${summary.databasePath} in ${summary.seconds.toFixed(1)} s ` +
          `(lookups: ${summary.lookupSource === 'release' ? "the release's" : 'the shipped reference tables'}).\n`,
      );
      for (const warning of summary.warnings) process.stderr.write(`refuge: warning: ${warning}\n`);
      for (const error of summary.errors) process.stderr.write(`refuge: error: ${error}\n`);
      if (summary.errors.length > 0) process.exitCode = 1;
    });
}

/**
 * A one-line bar: the share of the whole import done (the model build included, never going back), rows per
 * second, time left, current file or step; redrawn at most ten times a second.
 */
class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;

  update(progress: ImportProgress): void {
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const fraction = progress.fraction;
    const width = 24;
    const filled = Math.round(fraction * width);
    const rate = seconds > 0 ? Math.round(progress.rowsRead / seconds) : 0;
    const left = fraction > 0.01 && fraction < 1 ? clock((seconds * (1 - fraction)) / fraction) : '--:--';
    const rows = `${progress.rowsRead.toLocaleString('en-US')} rows`;
    const step =
      progress.phase === 'loading'
        ? `${rows}  ${rate.toLocaleString('en-US')} rows/s  ${left} left  ${progress.file ?? ''}`
        : `${rows}  ${left} left  ${progress.phase === 'model' ? 'building the model' : 'writing the database'}`;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${step}`;
    process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 120) - 1)}\x1b[K`);
  }

  clear(): void {
    process.stderr.write('\r\x1b[K');
  }
}

function clock(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  const minutes = Math.floor(seconds / 60);
  return minutes >= 60
    ? `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
    : `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

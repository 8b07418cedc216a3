// `refuge generate eoir <folder>`: writes a synthetic EOIR court-data release in the real format (tests, demo, benchmarks).
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';

interface GenerateEoirFlags {
  cases: string;
  seed: string;
  zip?: boolean;
  zip64: string;
  mppShare?: string;
  quirkScale?: string;
  threads?: string;
  olderHeader?: boolean;
  removeSuffix?: boolean;
  json?: boolean;
}

function number(name: string, text: string, check: (value: number) => boolean, expected: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || !check(value)) {
    throw new AppError('VALIDATION_FAILED', `${name} must be ${expected} (got '${text}').`, { [name]: text });
  }
  return value;
}

const thousands = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Registers `refuge generate eoir`. */
export function registerGenerateCommand(program: Command): void {
  const generate = program
    .command('generate')
    .description('Write synthetic data sets for tests, demos and benchmarks');
  generate
    .command('eoir')
    .description(
      'Write a synthetic EOIR case-data release (EOIR Case Data/, Lookup/, Count.txt) with real headers and quirks',
    )
    .argument('<folder>', 'release folder to write (created if missing; its core files are overwritten)')
    .requiredOption('--cases <n>', 'number of cases (A_TblCase rows)')
    .option('--seed <s>', 'seed: the same seed gives byte-identical files', '1')
    .option('--zip', 'also write <folder>.zip (ZIP64-capable, Deflate)')
    .option('--zip64 <mode>', 'auto (ZIP64 only past 4 GiB) or always', 'auto')
    .option('--mpp-share <share>', 'share of MPP cases, 0–1 (default 0.07)')
    .option('--quirk-scale <k>', 'multiply every defect rate (stray tabs, NUL bytes, short rows, ...) by k')
    .option('--threads <n>', 'worker threads (0 = none; default 2, or fewer cores, from 100,000 cases)')
    .option('--older-header', 'write the older header variant (GENDER instead of Sex)')
    .option('--remove-suffix', 'rename A_TblCase UP_BOND_RSN to UP_BOND_RSN_Remove, as newer releases do')
    .option('--json', 'print the summary as JSON')
    .action(async (folder: string, flags: GenerateEoirFlags) => {
      const cases = number(
        '--cases',
        flags.cases,
        (v) => Number.isSafeInteger(v) && v >= 1,
        'a whole number of at least 1',
      );
      if (flags.zip64 !== 'auto' && flags.zip64 !== 'always') {
        throw new AppError('VALIDATION_FAILED', `--zip64 must be auto or always (got '${flags.zip64}').`, {
          zip64: flags.zip64,
        });
      }
      const seed =
        /^\d+$/.test(flags.seed) && Number.isSafeInteger(Number(flags.seed))
          ? Number(flags.seed)
          : flags.seed;
      const { generateEoirRelease } = await import('../synthetic/eoir-release/index.ts');
      const showProgress = !flags.json && cases >= 50_000;
      const summary = await generateEoirRelease({
        folder,
        cases,
        seed,
        zip: flags.zip ?? false,
        zip64: flags.zip64,
        ...(flags.mppShare === undefined
          ? {}
          : { mppShare: number('--mpp-share', flags.mppShare, (v) => v >= 0 && v <= 1, 'between 0 and 1') }),
        ...(flags.quirkScale === undefined
          ? {}
          : { quirkScale: number('--quirk-scale', flags.quirkScale, (v) => v >= 0, '0 or more') }),
        ...(flags.threads === undefined
          ? {}
          : {
              threads: number(
                '--threads',
                flags.threads,
                (v) => Number.isInteger(v) && v >= 0 && v <= 64,
                'a whole number from 0 to 64',
              ),
            }),
        headerVariant: flags.olderHeader ? 'older' : 'current',
        removeSuffixColumn: flags.removeSuffix ?? false,
        onProgress: showProgress
          ? (p) => {
              const seconds = p.elapsedMs / 1000;
              const end = p.casesDone === p.casesTotal ? '\n' : process.stderr.isTTY ? '\r' : '\n';
              process.stderr.write(
                `generated ${thousands(p.casesDone)}/${thousands(p.casesTotal)} cases, ${thousands(p.rowsWritten)} rows, ` +
                  `${thousands(p.rowsWritten / Math.max(seconds, 0.001))} rows/s${end}`,
              );
            }
          : undefined,
      });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      const lines = [
        `Wrote ${summary.folder} (seed ${String(summary.seed)}) in ${(summary.elapsedMs / 1000).toFixed(1)} s:`,
      ];
      for (const table of Object.values(summary.tables)) {
        lines.push(
          `  ${table.file.padEnd(26)} ${thousands(table.rows).padStart(13)} rows ${(table.bytes / 1e6).toFixed(1).padStart(9)} MB`,
        );
      }
      lines.push(`  Lookup/: ${summary.lookupFiles.length} tables; Count.txt`);
      const quirks = Object.entries(summary.quirks).filter(([, count]) => count > 0);
      lines.push(
        `  injected: ${quirks.map(([kind, count]) => `${kind} ${thousands(count)}`).join(', ') || 'none'}`,
      );
      const t = summary.truth;
      lines.push(`  cases in scope (RMV): ${thousands(t.inScope)}; MPP: ${thousands(t.mpp)}`);
      if (summary.zipPath)
        lines.push(`  archive: ${summary.zipPath} (${((summary.zipBytes ?? 0) / 1e6).toFixed(1)} MB)`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

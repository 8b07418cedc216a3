// `refuge report <name>` and `refuge report crosstab ...`: court-data figures with their source and definitions.
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';
import { DIMENSION_NAMES } from '../server/analytics/eoir/reports/dimensions.ts';
import { NAMED_REPORT_NAMES } from '../server/analytics/eoir/reports/report-names.ts';

interface ReportOptions {
  rows?: string;
  cols?: string;
  where?: string;
  measure?: string;
  format: string;
  audience: string;
}

const FORMATS = ['table', 'csv', 'json'] as const;
const AUDIENCES = ['public', 'analyst'] as const;

function pick<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found) return found;
  throw new AppError('VALIDATION_FAILED', `Unknown ${name} '${value}': use ${allowed.join(', ')}.`, {
    [name]: value,
  });
}

/** Registers `refuge report`. */
export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      'Court-data figures (EOIR release): a named report or a crosstab, with source and definitions',
    )
    .argument('<name>', `crosstab, or one of: ${NAMED_REPORT_NAMES.join(', ')}`)
    .option('--rows <dim>', `crosstab rows: one of ${DIMENSION_NAMES}`)
    .option('--cols <dim>', 'crosstab columns (optional): another dimension')
    .option('--where <filters>', 'crosstab filters: dim=value[|value],... ((missing) selects empty values)')
    .option('--measure <measure>', 'crosstab cells: count, or percent of the row total', 'count')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--audience <audience>', 'public (small cells suppressed) or analyst (exact counts)', 'public')
    .action(async (name: string, options: ReportOptions) => {
      const format = pick('format', options.format, FORMATS);
      const audience = pick('audience', options.audience, AUDIENCES);
      const isCrosstab = name === 'crosstab';
      if (!isCrosstab && (options.rows || options.cols || options.where || options.measure !== 'count')) {
        throw new AppError(
          'VALIDATION_FAILED',
          `--rows, --cols, --where and --measure apply to crosstab only, not to ${name}.`,
        );
      }
      const { loadConfig } = await import('../server/config.ts');
      const { getCrosstabReport, getNamedReport, renderReport } =
        await import('../server/analytics/eoir/reports/index.ts');
      const { dataDir } = loadConfig();
      const result = isCrosstab
        ? await getCrosstabReport(dataDir, options, audience)
        : await getNamedReport(dataDir, name, audience);
      process.stdout.write(renderReport(result, format));
    });
}

// `refuge web build`: generates the API client's types and builds the web app into dist/web. `npm install` runs it
// (the `prepare` script) and `refuge serve` runs it when the sources changed; by hand only while developing.
import type { Command } from 'commander';

/** Registers `web`. */
export function registerWebCommand(program: Command): void {
  const web = program.command('web').description('the web app served at /');
  web
    .command('build')
    .description('generate the typed API client and build the web app into dist/web')
    .option('--if-stale', 'build only when the sources changed since the last build')
    .action(async (options: { ifStale?: boolean }) => {
      const { buildWeb, ensureWebBuild } = await import('./web-build.ts');
      const say = (line: string) => process.stderr.write(`${line}\n`);
      if (options.ifStale) return ensureWebBuild(say);
      const ms = await buildWeb();
      say(`Built the web app into dist/web in ${(ms / 1000).toFixed(1)} s.`);
    });
}

// `refuge serve [--demo]`: the server with the API and the web app on the configured store. With --demo it first
// seeds the synthetic demo office into an empty store (what `npm start` does), and once listening imports a
// synthetic court-data release into a demo store that has none; without it, it never seeds or imports.
import type { Command } from 'commander';

/** Registers `serve`. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the Refuge server (API and web app) on the configured store')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option(
      '--demo',
      'seed the synthetic demo office (published demo passwords) into an empty store first; a demo store listens on 127.0.0.1 only',
    )
    .action(async (options: { port?: string; demo?: boolean }) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const { loadConfig } = await import('../server/config.ts');
      const { createAppContext } = await import('../server/app-context.ts');
      const { startServer } = await import('../server/http/server.ts');
      const { ensureWebBuild } = await import('./web-build.ts');
      const config = loadConfig(process.env, { port: options.port });
      await ensureWebBuild((line) => process.stderr.write(`${line}\n`));
      const app = await createAppContext(config);
      let importCourtData: (() => Promise<void>) | null = null;
      if (options.demo) {
        try {
          const { seedDemoIfEmpty } = await import('../synthetic/office/demo.ts');
          const { announceDemoCourtData } = await import('../synthetic/eoir-release/demo-release.ts');
          await seedDemoIfEmpty(app, log);
          importCourtData = await announceDemoCourtData(app, log);
        } catch (error) {
          await app.database.close();
          throw error;
        }
      }
      await startServer(app, {
        port: config.port,
        isDemoPublic: config.isDemoPublic,
        checkpointSeconds: config.checkpointSeconds,
      });
      // The demo's court data is imported after the server listens, so that it listens within seconds; until then
      // the court figures answer COURT_DATA_IMPORTING. A failure leaves the office figures serving.
      importCourtData?.().catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        log(`refuge: the synthetic demo court data could not be imported: ${reason}`);
      });
    });
}

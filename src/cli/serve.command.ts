// `refuge serve [--demo]`: the server with the API and the web app on the configured store. With --demo it first
// seeds the synthetic demo office into an empty store (what `npm start` does); without it, it never seeds.
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
      const { loadConfig } = await import('../server/config.ts');
      const { createAppContext } = await import('../server/app-context.ts');
      const { startServer } = await import('../server/http/server.ts');
      const config = loadConfig(process.env, { port: options.port });
      const app = await createAppContext(config);
      if (options.demo) {
        try {
          const { seedDemoIfEmpty } = await import('../synthetic/office/demo.ts');
          await seedDemoIfEmpty(app, (line) => process.stderr.write(`${line}\n`));
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
    });
}

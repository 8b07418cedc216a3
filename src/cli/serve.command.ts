// `refuge serve`: the server with the API and the web app on the configured store, demo data on first start.
import type { Command } from 'commander';

/** Registers `serve`. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'run the Refuge server (API and web app); seeds synthetic demo data into an empty embedded store',
    )
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--no-demo', 'do not seed demo data into an empty store')
    .action(async (options: { port?: string; demo: boolean }) => {
      const { loadConfig } = await import('../server/config.ts');
      const { startServer } = await import('../server/http/server.ts');
      const config = loadConfig();
      const port = options.port === undefined ? config.port : Number(options.port);
      await startServer({ ...config, port }, { seedDemo: options.demo });
    });
}

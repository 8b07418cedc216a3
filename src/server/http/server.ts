// Starts the HTTP server on an open context and closes everything cleanly on SIGINT/SIGTERM.
import { serve } from '@hono/node-server';
import { AppError } from '../../domain/errors.ts';
import { createAppContext, type AppContext } from '../app-context.ts';
import { hasSyntheticCases } from '../cases/case.repository.ts';
import type { RefugeConfig } from '../config.ts';
import { createHttpApp } from './app.ts';

/** Opens the store, seeds the demo into an empty one (if asked), and serves until a signal arrives. */
export async function startServer(config: RefugeConfig, options: { seedDemo: boolean }): Promise<void> {
  if (!Number.isInteger(config.port) || config.port <= 0 || config.port > 65535) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The port must be a number from 1 to 65535; got ${String(config.port)}.`,
    );
  }
  const app = await createAppContext(config);
  if (options.seedDemo) {
    const { seedDemoIfEmpty } = await import('../../synthetic/office/demo.ts');
    await seedDemoIfEmpty(app, (line) => process.stderr.write(`${line}\n`));
  }
  const http = createHttpApp(app, { isDemo: await hasSyntheticCases(app.database.db) });
  const server = serve({ fetch: http.fetch, port: config.port }, (info) => {
    const store =
      app.database.dialect === 'sqlite' ? `embedded store ${app.database.file ?? ''}` : 'PostgreSQL';
    process.stdout.write(`Refuge listening on http://localhost:${info.port} (${store})\n`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const message =
      error.code === 'EADDRINUSE'
        ? `Port ${config.port} is already in use; stop the other server or set PORT.`
        : `The server could not listen: ${error.message}`;
    process.stderr.write(`refuge: ${message}\n`);
    void app.database.close().finally(() => process.exit(1));
  });
  const stopRefresh = startOfficeRefresh(app);
  const shutdown = () => {
    stopRefresh();
    server.close(() => void app.database.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

const REFRESH_EVERY_MS = 60_000;

// Keeps office-analytics.duckdb current: an incremental refresh a minute (a no-op when nothing changed).
function startOfficeRefresh(app: AppContext): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { refreshOfficeAnalytics } = await import('../analytics/office/office-analytics.ts');
      await refreshOfficeAnalytics(app);
    } catch (error) {
      process.stderr.write(
        `[refuge] office analytics refresh failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), REFRESH_EVERY_MS);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

// Serves the HTTP app on an open context: where it listens (a demo store on loopback only), what it says at start,
// and a clean close on SIGINT/SIGTERM. Seeding is not done here: `refuge serve --demo` seeds before it calls this.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { AppError } from '../../domain/errors.ts';
import type { AppContext } from '../app-context.ts';
import { startCheckpointSigner } from '../ledger/checkpoint.service.ts';
import { isDemoStore } from '../settings/store-settings.repository.ts';
import { countUserAccounts } from '../users/user.repository.ts';
import { createHttpApp } from './app.ts';

/** Where and how to listen. */
export interface ListenOptions {
  /** The port (0 picks a free one, for tests). */
  port: number;
  /** REFUGE_DEMO_PUBLIC: a demo store listens on every address too. */
  isDemoPublic: boolean;
  /** REFUGE_CHECKPOINT_SECONDS: how often the log's checkpoint is signed when it grew (default 10). */
  checkpointSeconds?: number;
}

/** A listening server: where it listens, whether it serves a demo store, and how to stop it. */
export interface RunningServer {
  address: AddressInfo;
  isDemo: boolean;
  /** True when it listens on the loopback address alone. */
  isLoopbackOnly: boolean;
  close(): Promise<void>;
}

/** The one address a demo store listens on unless REFUGE_DEMO_PUBLIC is set. */
export const LOOPBACK_ADDRESS = '127.0.0.1';

/** Listens on the configured port: a demo store on the loopback address only (unless public), any other store on
 * every address. Resolves once listening; rejects with the listen error (a port in use, say). */
export async function listen(app: AppContext, options: ListenOptions): Promise<RunningServer> {
  const isDemo = await isDemoStore(app.database.db);
  const isLoopbackOnly = isDemo && !options.isDemoPublic;
  const http = createHttpApp(app, { isDemo, showsDemoPassword: isLoopbackOnly });
  const server = createAdaptorServer({ fetch: http.fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, isLoopbackOnly ? LOOPBACK_ADDRESS : undefined, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    address: server.address() as AddressInfo,
    isDemo,
    isLoopbackOnly,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Listens, says where and on what store, and serves until a signal arrives; then closes the store. */
export async function startServer(app: AppContext, options: ListenOptions): Promise<void> {
  let running: RunningServer;
  try {
    running = await listen(app, options);
  } catch (error) {
    await app.database.close();
    throw listenError(error, options.port);
  }
  for (const line of await startLines(app, running)) process.stdout.write(`${line}\n`);
  const stopRefresh = startOfficeRefresh(app);
  const stopSigner = startCheckpointSigner(app, (options.checkpointSeconds ?? 10) * 1000, (error) =>
    process.stderr.write(
      `[refuge] signing the log's checkpoint failed: ${error instanceof Error ? error.message : String(error)}\n`,
    ),
  );
  const shutdown = () => {
    stopRefresh();
    stopSigner();
    void running
      .close()
      .then(() => app.database.close())
      .finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function listenError(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new AppError(
      'CONFLICT',
      `Port ${port} is already in use: stop the other server, or choose another port with PORT or --port.`,
    );
  if (code === 'EACCES')
    return new AppError(
      'INVALID_CONFIGURATION',
      `Port ${port} needs privileges this process does not have: choose a port above 1023 with PORT or --port.`,
    );
  return error;
}

async function startLines(app: AppContext, running: RunningServer): Promise<string[]> {
  const store =
    app.database.dialect === 'sqlite' ? `embedded store ${app.database.file ?? ''}` : 'PostgreSQL';
  const { port } = running.address;
  const lines = running.isLoopbackOnly
    ? [
        `Refuge listening on http://${LOOPBACK_ADDRESS}:${port} only (${store}).`,
        'This is a demo store (synthetic data, published demo passwords), so it listens on the loopback address alone; set REFUGE_DEMO_PUBLIC=1 to listen on every address.',
      ]
    : [`Refuge listening on http://localhost:${port}, on every address (${store}).`];
  if (running.isDemo && !running.isLoopbackOnly)
    lines.push(
      'This is a demo store (synthetic data, published demo passwords) listening on every address because REFUGE_DEMO_PUBLIC is set: anyone who reaches this port can use the demo accounts.',
    );
  if ((await countUserAccounts(app.database.db)) === 0)
    lines.push(
      'No user accounts yet: create the first admin with `refuge user add <name> --role admin` (the password comes from REFUGE_PASSWORD or standard input).',
    );
  return lines;
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

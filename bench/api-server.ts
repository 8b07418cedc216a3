// The server under test, run as a child of the API benchmark: the real HTTP app (createHttpApp on
// @hono/node-server, through `listen` as `refuge serve` starts it) on the store REFUGE_DATA_DIR and DATABASE_URL
// name. The one thing `refuge serve` adds and this leaves out is the minutely office-analytics refresh, which would
// land in one side's measurement and not the other's.
import { createAppContext } from '../src/server/app-context.ts';
import { listen } from '../src/server/http/server.ts';

const app = await createAppContext({
  dataDir: process.env.REFUGE_DATA_DIR ?? 'data',
  databaseUrl: process.env.DATABASE_URL || undefined,
});
const running = await listen(app, { port: 0, isDemoPublic: false });
process.stdout.write(`listening http://127.0.0.1:${running.address.port}\n`);
process.once('SIGTERM', () => {
  setTimeout(() => process.exit(0), 3000).unref();
  void running
    .close()
    .then(() => app.database.close())
    .finally(() => process.exit(0));
});

// Before any test: the web app's build is current (the tests that start `refuge serve` would otherwise each
// rebuild it at once, into the same folder).
import { ensureWebBuild } from '../src/cli/web-build.ts';

export async function setup(): Promise<void> {
  await ensureWebBuild((line) => process.stderr.write(`${line}\n`));
}

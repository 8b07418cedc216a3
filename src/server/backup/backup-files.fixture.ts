// Test helpers that take a backup file apart and put it back together, to make damaged and altered copies.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The file's lines (without the empty one after the last newline). */
export const readBackupLines = (file: string): string[] =>
  gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(0, -1);

/** Writes lines as a backup file; with `reseal`, recomputes the end line so only the content changes are wrong. */
export function writeBackupLines(
  file: string,
  lines: readonly string[],
  options: { reseal?: boolean } = {},
): void {
  let out = [...lines];
  if (options.reseal) {
    const body = out.slice(0, -1);
    const rows = body.filter((line) => line.startsWith('[')).length;
    const sha256 = createHash('sha256')
      .update(body.map((line) => `${line}\n`).join(''))
      .digest('hex');
    out = [...body, JSON.stringify({ end: true, rows, sha256 })];
  }
  writeFileSync(file, gzipSync(`${out.join('\n')}\n`));
}

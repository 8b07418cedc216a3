// Writes a backup file safely: gzip'd lines into `<file>.partial-<pid>` (mode 0600: it holds personal data), hashed
// as they go, fsync'd, then renamed into place, so a file under the final name is always complete.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { AppError } from '../../domain/errors.ts';

/** An open backup file being written. */
export interface BackupFileWriter {
  /** Writes text made of whole lines (each ending in "\n"), waiting when the disk is behind. */
  write(lines: string): Promise<void>;
  /** The SHA-256 (hex) of everything written so far. */
  digest(): string;
  /** Flushes, syncs and moves the file into place. */
  commit(): Promise<void>;
  /** Throws the partial file away. */
  abort(): Promise<void>;
}

/** Starts a backup file; fails clearly if it exists (unless `overwrite`) or its folder cannot be written. */
export async function createBackupFile(
  file: string,
  options: { overwrite?: boolean } = {},
): Promise<BackupFileWriter> {
  if (!options.overwrite && (await exists(file))) {
    throw new AppError(
      'CONFLICT',
      `${file} already exists; choose another file name, or pass --force to replace it.`,
      { file },
    );
  }
  const partial = `${file}.partial-${process.pid}`;
  const gzip = createGzip({ level: 4 });
  const out = createWriteStream(partial, { mode: 0o600, flags: 'w' });
  const finished = pipeline(gzip, out);
  finished.catch(() => undefined); // observed in write/commit; never an unhandled rejection
  const hash = createHash('sha256');
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', (error) => reject(toFileError(error, file)));
  });
  return {
    async write(lines) {
      hash.update(lines);
      try {
        if (gzip.destroyed) await finished;
        if (!gzip.write(lines)) await Promise.race([once(gzip, 'drain'), finished]);
      } catch (error) {
        throw toFileError(error, file);
      }
    },
    digest: () => hash.copy().digest('hex'),
    async commit() {
      gzip.end();
      await finished.catch((error: unknown) => {
        throw toFileError(error, file);
      });
      await syncPath(partial, 'r+');
      await rename(partial, file);
      await syncPath(dirname(file), 'r').catch(() => undefined); // the rename's durability; not every filesystem allows it
    },
    async abort() {
      gzip.destroy();
      await finished.catch(() => undefined);
      await rm(partial, { force: true });
    },
  };
}

async function exists(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined);
  await handle?.close();
  return handle !== undefined;
}

async function syncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function toFileError(error: unknown, file: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (
    code === 'ENOENT' ||
    code === 'EACCES' ||
    code === 'EROFS' ||
    code === 'ENOSPC' ||
    code === 'EISDIR' ||
    code === 'EDQUOT'
  ) {
    return new AppError(
      'VALIDATION_FAILED',
      `Cannot write the backup to ${file} (${code}): check that the folder exists, is writable and has free space.`,
      { file, code },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

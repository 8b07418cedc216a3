// Writes a release's ZIP archive with yazl: Deflate members streamed from disk (data descriptors after each), ZIP64
// wherever a size, an offset or the member count needs it, or everywhere when asked. Fixed times and modes keep the
// archive of the same release byte-identical on any machine and in any time zone.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** One member: a file (with its path on disk) or a directory (name ending in '/'). */
export interface ZipSource {
  readonly name: string;
  readonly path?: string;
}

/** How to write the archive. */
export interface ZipOptions {
  /** Deflate level 1–9; 0 stores the members uncompressed. */
  readonly level: number;
  /** `always` writes every member's ZIP64 extra field and the ZIP64 end records even for a small archive. */
  readonly zip64: 'auto' | 'always';
}

// 2025-11-01 00:00 as a local time: yazl writes DOS times in the local zone, so a local date gives the same DOS
// fields everywhere; `forceDosTimestamp` leaves out the UTC timestamp field, which would differ between zones.
const MTIME = new Date(2025, 10, 1);
const FILE_MODE = 0o100644;
const DIRECTORY_MODE = 0o40755;

/** Writes `sources` as a ZIP archive at `outPath`, in the order given; returns the archive's size in bytes. */
export async function writeZip(
  outPath: string,
  sources: readonly ZipSource[],
  options: ZipOptions,
): Promise<number> {
  const zip = new ZipFile();
  const forceZip64Format = options.zip64 === 'always';
  for (const source of sources) {
    if (source.path === undefined) {
      zip.addEmptyDirectory(source.name, { mtime: MTIME, mode: DIRECTORY_MODE, forceDosTimestamp: true });
    } else {
      zip.addFile(source.path, source.name, {
        mtime: MTIME,
        mode: FILE_MODE,
        forceDosTimestamp: true,
        compressionLevel: options.level,
        forceZip64Format,
      });
    }
  }
  zip.end({ forceZip64Format, comment: '' });
  const output = createWriteStream(outPath);
  // yazl reports a source it cannot read on the ZipFile, not on its output stream, which then never ends
  const failed = new Promise<never>((_, reject) =>
    zip.once('error', (error: Error) => {
      output.destroy();
      reject(error);
    }),
  );
  await Promise.race([pipeline(zip.outputStream, output), failed]);
  return output.bytesWritten;
}

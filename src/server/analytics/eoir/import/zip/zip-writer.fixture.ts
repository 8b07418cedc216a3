// Test support: writes small ZIP archives in memory with yazl, optionally forcing every ZIP64 structure (saturated
// 32-bit fields, 0x0001 extra fields, the ZIP64 end record and its locator) the way multi-gigabyte releases carry them.
import { ZipFile } from 'yazl';

/** A member to write: stored (0) or Deflate (8); a name ending in '/' is a directory. */
export interface FixtureZipMember {
  name: string;
  data: Buffer;
  method?: 0 | 8;
}

const MTIME = new Date(2025, 10, 1);

/** Builds the archive; with `zip64` every member's sizes and offset, and the end records, go through ZIP64. */
export async function buildZip(
  members: readonly FixtureZipMember[],
  options: { zip64?: boolean } = {},
): Promise<Buffer> {
  const zip = new ZipFile();
  const forceZip64Format = options.zip64 ?? false;
  for (const member of members) {
    if (member.name.endsWith('/')) {
      zip.addEmptyDirectory(member.name, { mtime: MTIME, forceDosTimestamp: true });
    } else {
      zip.addBuffer(member.data, member.name, {
        mtime: MTIME,
        forceDosTimestamp: true,
        compress: (member.method ?? 8) === 8,
        forceZip64Format,
      });
    }
  }
  zip.end({ forceZip64Format, comment: '' });
  const parts: Buffer[] = [];
  for await (const chunk of zip.outputStream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

// Reads a ZIP archive's central directory (ZIP64 aware) and inflates small members: enough to check what
// zip-writer.ts wrote without depending on an unzip binary.
import { open } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';

/** One member as the central directory describes it. */
export interface ZipDirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** Whether the central record carried a ZIP64 extra field. */
  readonly hasZip64Extra: boolean;
}

/** The central directory of an archive, and whether its end records were ZIP64. */
export interface ZipDirectory {
  readonly entries: ZipDirectoryEntry[];
  readonly isZip64: boolean;
}

const MAX32 = 0xffffffff;

/** Reads the central directory of the archive at `path`. */
export async function readZipDirectory(path: string): Promise<ZipDirectory> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const tailLength = Math.min(size, 65_557 + 20 + 56);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const endAt = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (endAt < 0) throw new Error(`${path} is not a ZIP archive (no end of central directory)`);
    let count = tail.readUInt16LE(endAt + 10);
    let directorySize = tail.readUInt32LE(endAt + 12);
    let directoryOffset = tail.readUInt32LE(endAt + 16);
    const isZip64 = endAt >= 20 && tail.readUInt32LE(endAt - 20) === 0x07064b50;
    if (isZip64) {
      const recordOffset = Number(tail.readBigUInt64LE(endAt - 20 + 8));
      const record = Buffer.alloc(56);
      await handle.read(record, 0, 56, recordOffset);
      if (record.readUInt32LE(0) !== 0x06064b50)
        throw new Error(`${path}: bad ZIP64 end of central directory record`);
      count = Number(record.readBigUInt64LE(32));
      directorySize = Number(record.readBigUInt64LE(40));
      directoryOffset = Number(record.readBigUInt64LE(48));
    }
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipDirectoryEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (directory.readUInt32LE(at) !== 0x02014b50)
        throw new Error(`${path}: bad central directory record ${i}`);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      let uncompressedSize = directory.readUInt32LE(at + 24);
      let compressedSize = directory.readUInt32LE(at + 20);
      let localHeaderOffset = directory.readUInt32LE(at + 42);
      let hasZip64Extra = false;
      let extraAt = at + 46 + nameLength;
      const extraEnd = extraAt + extraLength;
      while (extraAt + 4 <= extraEnd) {
        const id = directory.readUInt16LE(extraAt);
        const length = directory.readUInt16LE(extraAt + 2);
        if (id === 0x0001) {
          hasZip64Extra = true;
          let field = extraAt + 4;
          const next = (): number => {
            const value = Number(directory.readBigUInt64LE(field));
            field += 8;
            return value;
          };
          if (uncompressedSize === MAX32) uncompressedSize = next();
          if (compressedSize === MAX32) compressedSize = next();
          if (localHeaderOffset === MAX32) localHeaderOffset = next();
        }
        extraAt += 4 + length;
      }
      entries.push({
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
        method: directory.readUInt16LE(at + 10),
        crc: directory.readUInt32LE(at + 16),
        compressedSize,
        uncompressedSize,
        localHeaderOffset,
        hasZip64Extra,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return { entries, isZip64 };
  } finally {
    await handle.close();
  }
}

/** Inflates one (small) member and checks its CRC; throws when the data does not match the directory. */
export async function readZipMember(path: string, entry: ZipDirectoryEntry): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const local = Buffer.alloc(30);
    await handle.read(local, 0, 30, entry.localHeaderOffset);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new Error(`${entry.name}: bad local header`);
    const dataAt = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const compressed = Buffer.alloc(entry.compressedSize);
    await handle.read(compressed, 0, entry.compressedSize, dataAt);
    const data = entry.method === 8 ? inflateRawSync(compressed) : compressed;
    if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc)
      throw new Error(`${entry.name}: size or CRC mismatch`);
    return data;
  } finally {
    await handle.close();
  }
}

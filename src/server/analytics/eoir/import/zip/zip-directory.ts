// Reads a ZIP archive's central directory, ZIP64 included (end-of-central-directory locator and record, and the
// 0x0001 extra field that carries 64-bit sizes and offsets). Only the archive's tail and headers are read.
import { open, type FileHandle } from 'node:fs/promises';

/** One member of the archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly isDirectory: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Lists the archive's members; throws an Error naming the defect when the file is not a readable ZIP. */
export async function readZipDirectory(path: string): Promise<ZipEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tail = await readAt(file, size - tailLength, tailLength);
    const eocd = findEndRecord(tail);
    if (eocd < 0) throw new Error('not a ZIP archive (no end-of-central-directory record)');
    let entryCount = tail.readUInt16LE(eocd + 10);
    let directorySize = tail.readUInt32LE(eocd + 12);
    let directoryOffset = tail.readUInt32LE(eocd + 16);

    const locatorAt = size - tailLength + eocd - 20;
    if (locatorAt >= 0) {
      const locator = await readAt(file, locatorAt, 20);
      if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIGNATURE) {
        const record = await readAt(file, toSafeNumber(locator.readBigUInt64LE(8)), 56);
        if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE)
          throw new Error('broken ZIP64 end-of-central-directory record');
        entryCount = toSafeNumber(record.readBigUInt64LE(32));
        directorySize = toSafeNumber(record.readBigUInt64LE(40));
        directoryOffset = toSafeNumber(record.readBigUInt64LE(48));
      }
    }
    if (directoryOffset + directorySize > size)
      throw new Error('central directory lies outside the file (truncated archive?)');
    return parseCentralDirectory(await readAt(file, directoryOffset, directorySize), entryCount);
  } finally {
    await file.close();
  }
}

function findEndRecord(tail: Buffer): number {
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (
      tail.readUInt32LE(at) === EOCD_SIGNATURE &&
      at + EOCD_SIZE + tail.readUInt16LE(at + 20) <= tail.length
    )
      return at;
  }
  return -1;
}

function parseCentralDirectory(directory: Buffer, entryCount: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < entryCount; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new Error(`broken central directory at entry ${index + 1} of ${entryCount}`);
    }
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    // Bit 11 means UTF-8; otherwise CP437, whose ASCII range is all a release uses.
    const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1').replaceAll('\\', '/');
    let size = directory.readUInt32LE(at + 24);
    let compressedSize = directory.readUInt32LE(at + 20);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const zip64 = findExtraField(extra, 0x0001);
    if (zip64) {
      // The ZIP64 field holds, in this order, only the values whose 32-bit slot is saturated.
      let cursor = 0;
      const next = (): number => {
        if (cursor + 8 > zip64.length) throw new Error(`broken ZIP64 extra field for ${name}`);
        const value = toSafeNumber(zip64.readBigUInt64LE(cursor));
        cursor += 8;
        return value;
      };
      if (size === 0xffffffff) size = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
    }
    entries.push({
      name,
      method: directory.readUInt16LE(at + 10),
      flags,
      crc32: directory.readUInt32LE(at + 16),
      compressedSize,
      size,
      localHeaderOffset,
      isDirectory: name.endsWith('/'),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Returns the data of the extra field with the given id, if present. */
export function findExtraField(extra: Buffer, id: number): Buffer | undefined {
  for (let at = 0; at + 4 <= extra.length;) {
    const fieldId = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (fieldId === id) return extra.subarray(at + 4, at + 4 + length);
    at += 4 + length;
  }
  return undefined;
}

/** Reads exactly `length` bytes at `position`. */
export async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw new Error('unexpected end of archive');
    done += bytesRead;
  }
  return buffer;
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('ZIP64 value out of range');
  return Number(value);
}

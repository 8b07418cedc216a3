// A small streaming ZIP writer (Deflate, ZIP64 when sizes or offsets pass 4 GiB, or always when asked). Each
// member streams through deflateRaw to the output; its CRC and sizes are patched into the local header
// afterwards (positional writes), so no data descriptors are needed.
import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

/** One member: a file (with its path on disk) or a directory (name ending in '/'). */
export interface ZipSource {
  readonly name: string;
  readonly path?: string;
}

/** How to write the archive. */
export interface ZipOptions {
  readonly level: number;
  /** `always` writes ZIP64 extra fields, the ZIP64 end records, and saturated 32-bit fields for every member. */
  readonly zip64: 'auto' | 'always';
}

interface CentralEntry {
  name: Buffer;
  isDirectory: boolean;
  crc: number;
  compressed: number;
  uncompressed: number;
  offset: number;
  zip64Local: boolean;
}

const MAX32 = 0xffffffff;
// Deflate can grow incompressible data slightly; past this, the sizes might not fit 32 bits.
const ZIP64_THRESHOLD = 0xffff0000;
// A fixed DOS time (2025-11-01 00:00) keeps archives of the same release byte-identical.
const DOS_TIME = 0;
const DOS_DATE = ((2025 - 1980) << 9) | (11 << 5) | 1;

function localHeader(name: Buffer, method: number, zip64: boolean): Buffer {
  const header = Buffer.alloc(30 + name.length + (zip64 ? 20 : 0));
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(zip64 ? 45 : 20, 4);
  header.writeUInt16LE(0, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(0, 14);
  header.writeUInt32LE(zip64 ? MAX32 : 0, 18);
  header.writeUInt32LE(zip64 ? MAX32 : 0, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(zip64 ? 20 : 0, 28);
  name.copy(header, 30);
  if (zip64) {
    header.writeUInt16LE(0x0001, 30 + name.length);
    header.writeUInt16LE(16, 32 + name.length);
  }
  return header;
}

async function writeAt(handle: FileHandle, buffer: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < buffer.length)
    done += (await handle.write(buffer, done, buffer.length - done, position + done)).bytesWritten;
}

async function writeMember(
  handle: FileHandle,
  source: ZipSource,
  offset: number,
  options: ZipOptions,
): Promise<CentralEntry> {
  const name = Buffer.from(source.name, 'utf8');
  if (!source.path) {
    const header = localHeader(name, 0, options.zip64 === 'always');
    await writeAt(handle, header, offset);
    return {
      name,
      isDirectory: true,
      crc: 0,
      compressed: 0,
      uncompressed: 0,
      offset,
      zip64Local: options.zip64 === 'always',
    };
  }
  const size = (await stat(source.path)).size;
  const zip64Local = options.zip64 === 'always' || size >= ZIP64_THRESHOLD;
  const header = localHeader(name, 8, zip64Local);
  await writeAt(handle, header, offset);
  let position = offset + header.length;
  let crc = 0;
  let uncompressed = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = crc32(chunk, crc);
      uncompressed += chunk.length;
      callback(null, chunk);
    },
  });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writeAt(handle, chunk, position).then(() => {
        position += chunk.length;
        callback();
      }, callback);
    },
  });
  await pipeline(
    createReadStream(source.path, { highWaterMark: 1 << 20 }),
    tap,
    createDeflateRaw({ level: options.level }),
    sink,
  );
  const compressed = position - offset - header.length;
  if (!zip64Local && (compressed >= MAX32 || uncompressed >= MAX32)) {
    throw new Error(`${source.name} grew past 4 GiB while being written; write the archive again`);
  }
  const patch = Buffer.alloc(12);
  patch.writeUInt32LE(crc, 0);
  patch.writeUInt32LE(zip64Local ? MAX32 : compressed, 4);
  patch.writeUInt32LE(zip64Local ? MAX32 : uncompressed, 8);
  await writeAt(handle, patch, offset + 14);
  if (zip64Local) {
    const sizes = Buffer.alloc(16);
    sizes.writeBigUInt64LE(BigInt(uncompressed), 0);
    sizes.writeBigUInt64LE(BigInt(compressed), 8);
    await writeAt(handle, sizes, offset + 30 + name.length + 4);
  }
  return { name, isDirectory: false, crc, compressed, uncompressed, offset, zip64Local };
}

function centralRecord(entry: CentralEntry, forced: boolean): Buffer {
  const bigU = forced || entry.uncompressed >= MAX32;
  const bigC = forced || entry.compressed >= MAX32;
  const bigO = forced || entry.offset >= MAX32;
  const extraFields = [
    bigU ? entry.uncompressed : -1,
    bigC ? entry.compressed : -1,
    bigO ? entry.offset : -1,
  ].filter((v) => v >= 0);
  const extraLength = extraFields.length > 0 ? 4 + 8 * extraFields.length : 0;
  const record = Buffer.alloc(46 + entry.name.length + extraLength);
  const zip64 = extraLength > 0 || entry.zip64Local;
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(45, 4);
  record.writeUInt16LE(zip64 ? 45 : 20, 6);
  record.writeUInt16LE(0, 8);
  record.writeUInt16LE(entry.isDirectory ? 0 : 8, 10);
  record.writeUInt16LE(DOS_TIME, 12);
  record.writeUInt16LE(DOS_DATE, 14);
  record.writeUInt32LE(entry.crc, 16);
  record.writeUInt32LE(bigC ? MAX32 : entry.compressed, 20);
  record.writeUInt32LE(bigU ? MAX32 : entry.uncompressed, 24);
  record.writeUInt16LE(entry.name.length, 28);
  record.writeUInt16LE(extraLength, 30);
  record.writeUInt32LE(entry.isDirectory ? 0x10 : 0x20, 38);
  record.writeUInt32LE(bigO ? MAX32 : entry.offset, 42);
  entry.name.copy(record, 46);
  if (extraLength > 0) {
    let at = 46 + entry.name.length;
    record.writeUInt16LE(0x0001, at);
    record.writeUInt16LE(8 * extraFields.length, at + 2);
    at += 4;
    for (const value of extraFields) {
      record.writeBigUInt64LE(BigInt(value), at);
      at += 8;
    }
  }
  return record;
}

function endRecords(count: number, directorySize: number, directoryOffset: number, forced: boolean): Buffer {
  const zip64 = forced || count >= 0xffff || directorySize >= MAX32 || directoryOffset >= MAX32;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(zip64 ? MAX32 : directorySize, 12);
  end.writeUInt32LE(zip64 ? MAX32 : directoryOffset, 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, end]);
}

/** Writes `sources` as a ZIP archive at `outPath`; returns the archive's size in bytes. */
export async function writeZip(
  outPath: string,
  sources: readonly ZipSource[],
  options: ZipOptions,
): Promise<number> {
  const handle = await open(outPath, 'w');
  try {
    let offset = 0;
    const entries: CentralEntry[] = [];
    for (const source of sources) {
      const entry = await writeMember(handle, source, offset, options);
      entries.push(entry);
      offset = entry.offset + 30 + entry.name.length + (entry.zip64Local ? 20 : 0) + entry.compressed;
    }
    const forced = options.zip64 === 'always';
    const directory = Buffer.concat(entries.map((entry) => centralRecord(entry, forced)));
    await writeAt(handle, directory, offset);
    const end = endRecords(entries.length, directory.length, offset, forced);
    await writeAt(handle, end, offset + directory.length);
    return offset + directory.length + end.length;
  } finally {
    await handle.close();
  }
}

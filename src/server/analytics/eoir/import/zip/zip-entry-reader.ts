// Streams one member's uncompressed bytes: stored (0), Deflate (8, Node's zlib) or Deflate64 (9, our Inflater),
// checking the CRC-32 and size the central directory promised, so a damaged archive fails instead of importing junk.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Transform } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { createInflaterStream } from './inflater-stream.ts';
import { readAt, type ZipEntry } from './zip-directory.ts';

const LOCAL_SIGNATURE = 0x04034b50;
const READ_CHUNK = 1 << 20;

/** The compression methods this reader understands. */
export const SUPPORTED_METHODS: Readonly<Record<number, string>> = {
  0: 'stored',
  8: 'Deflate',
  9: 'Deflate64',
};

/** Yields the member's bytes in order; throws an Error naming the member if it is damaged or unsupported. */
export async function* readZipEntry(archivePath: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.flags & 0x1)
    throw new Error(`${entry.name} is encrypted; export the release again without a password`);
  if (!(entry.method in SUPPORTED_METHODS)) {
    throw new Error(
      `${entry.name} uses ZIP compression method ${entry.method}; only stored, Deflate and Deflate64 are supported`,
    );
  }
  const dataStart = await findDataStart(archivePath, entry);
  let crc = 0;
  let size = 0;
  if (entry.compressedSize > 0) {
    const raw = createReadStream(archivePath, {
      start: dataStart,
      end: dataStart + entry.compressedSize - 1,
      highWaterMark: READ_CHUNK,
    });
    const stream = entry.method === 0 ? raw : decompress(raw, entry.method === 9);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        yield chunk;
      }
    } catch (error) {
      throw new Error(`${entry.name} is damaged: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      raw.destroy();
      stream.destroy();
    }
  }
  if (size !== entry.size)
    throw new Error(`${entry.name} is damaged: ${size} bytes instead of ${entry.size}`);
  if (crc >>> 0 !== entry.crc32 >>> 0) throw new Error(`${entry.name} is damaged: CRC-32 mismatch`);
}

function decompress(raw: Readable, isDeflate64: boolean): Transform {
  const inflate = isDeflate64 ? createInflaterStream(true) : createInflateRaw({ chunkSize: READ_CHUNK });
  raw.on('error', (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}

async function findDataStart(archivePath: string, entry: ZipEntry): Promise<number> {
  const file = await open(archivePath, 'r');
  try {
    const header = await readAt(file, entry.localHeaderOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE)
      throw new Error(`${entry.name}: broken local file header`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await file.close();
  }
}

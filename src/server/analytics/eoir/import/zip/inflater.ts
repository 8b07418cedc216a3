// A streaming inflater for raw Deflate (RFC 1951) and Deflate64 ("enhanced deflate", ZIP method 9), which Node's
// zlib cannot read. Deflate64 differs only in a 64 KiB window, length code 285 (base 3 + 16 extra bits) and
// distance codes 30/31 (14 extra bits). The importer uses zlib for plain Deflate; this mode exists for the tests.
import { Transform } from 'node:stream';
import { buildFixedTables, buildHuffmanTable, type HuffmanTable } from './huffman-table.ts';

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577, 32769, 49153,
];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const WINDOW = 1 << 16;
const SLAB = 1 << 20; // output emitted per chunk
const MAX_MATCH = 65538;
// Worst-case sizes of a block header and of one length/distance pair, so the hot loops never run dry mid-symbol.
const HEADER_BYTES = 1024;
const SYMBOL_BYTES = 16;
const FIXED = buildFixedTables();

type State = 'header' | 'stored' | 'huffman' | 'done';

/** Inflates a raw Deflate or Deflate64 stream pushed in arbitrary chunks; throws on corrupt or truncated input. */
export class Inflater {
  /** How often the Deflate64-only codes appeared (lets tests prove a fixture really exercises them). */
  readonly usage = { longLengthCodes: 0, farDistanceCodes: 0 };
  private input: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private bitBuffer = 0;
  private bitCount = 0;
  private readonly window = Buffer.alloc(WINDOW + SLAB + MAX_MATCH);
  private outPos = 0;
  private flushedPos = 0;
  private state: State = 'header';
  private isFinalBlock = false;
  private storedLeft = 0;
  private literals: HuffmanTable = FIXED.literals;
  private distances: HuffmanTable = FIXED.distances;
  private ended = false;

  constructor(readonly isDeflate64: boolean) {}

  /** Feeds compressed bytes; returns the output they completed (possibly none). */
  push(chunk: Uint8Array): Buffer[] {
    if (this.pos < this.input.length) {
      const rest = this.input.subarray(this.pos);
      const joined = new Uint8Array(rest.length + chunk.length);
      joined.set(rest, 0);
      joined.set(chunk, rest.length);
      this.input = joined;
    } else {
      this.input = chunk;
    }
    this.pos = 0;
    return this.run();
  }

  /** Signals the end of input; returns the remaining output and throws if the stream was incomplete. */
  finish(): Buffer[] {
    this.ended = true;
    const output = this.run();
    if (this.state !== 'done') throw new Error('compressed data is truncated');
    return output;
  }

  private run(): Buffer[] {
    const output: Buffer[] = [];
    for (;;) {
      if (this.outPos >= WINDOW + SLAB) this.emit(output, true);
      if (this.state === 'done') break;
      const progressed =
        this.state === 'header' ? this.readBlockHeader() : this.state === 'stored' ? this.copyStored() : this.decodeSymbols();
      if (!progressed) break;
    }
    this.emit(output, false);
    return output;
  }

  private emit(output: Buffer[], slide: boolean): void {
    if (this.outPos > this.flushedPos) output.push(Buffer.from(this.window.subarray(this.flushedPos, this.outPos)));
    this.flushedPos = this.outPos;
    if (slide && this.outPos > WINDOW) {
      this.window.copyWithin(0, this.outPos - WINDOW, this.outPos);
      this.outPos = WINDOW;
      this.flushedPos = WINDOW;
    }
  }

  private readBlockHeader(): boolean {
    if (this.isFinalBlock) {
      this.state = 'done';
      return true;
    }
    if (!this.ended && this.input.length - this.pos < HEADER_BYTES) return false;
    this.isFinalBlock = this.bits(1) === 1;
    const type = this.bits(2);
    if (type === 0) {
      this.bits(this.bitCount & 7);
      const length = this.bits(16);
      const complement = this.bits(16);
      if ((length ^ 0xffff) !== complement) throw new Error('invalid stored block length');
      this.storedLeft = length;
      this.state = 'stored';
    } else if (type === 1) {
      this.literals = FIXED.literals;
      this.distances = FIXED.distances;
      this.state = 'huffman';
    } else if (type === 2) {
      this.readDynamicTables();
      this.state = 'huffman';
    } else {
      throw new Error('invalid block type');
    }
    return true;
  }

  private readDynamicTables(): void {
    const literalCount = this.bits(5) + 257;
    const distanceCount = this.bits(5) + 1;
    const codeLengthCount = this.bits(4) + 4;
    if (literalCount > 286 || (!this.isDeflate64 && distanceCount > 30)) throw new Error('too many length or distance codes');
    const codeLengths = new Uint8Array(19);
    for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]!] = this.bits(3);
    const codeLengthTable = buildHuffmanTable(codeLengths);
    const lengths = new Uint8Array(literalCount + distanceCount);
    for (let i = 0; i < lengths.length; ) {
      const symbol = this.decode(codeLengthTable);
      if (symbol < 16) {
        lengths[i++] = symbol;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (symbol === 16) {
        if (i === 0) throw new Error('invalid code-length repeat');
        value = lengths[i - 1]!;
        repeat = 3 + this.bits(2);
      } else {
        repeat = symbol === 17 ? 3 + this.bits(3) : 11 + this.bits(7);
      }
      if (i + repeat > lengths.length) throw new Error('invalid code-length repeat');
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) throw new Error('missing end-of-block code');
    this.literals = buildHuffmanTable(lengths.subarray(0, literalCount));
    this.distances = buildHuffmanTable(lengths.subarray(literalCount));
  }

  private copyStored(): boolean {
    while (this.storedLeft > 0 && this.bitCount >= 8) {
      this.window[this.outPos++] = this.bitBuffer & 0xff;
      this.bitBuffer >>>= 8;
      this.bitCount -= 8;
      this.storedLeft--;
    }
    const available = this.input.length - this.pos;
    const count = Math.min(available, this.storedLeft, WINDOW + SLAB + MAX_MATCH - this.outPos);
    this.window.set(this.input.subarray(this.pos, this.pos + count), this.outPos);
    this.pos += count;
    this.outPos += count;
    this.storedLeft -= count;
    if (this.storedLeft === 0) {
      this.state = 'header';
      return true;
    }
    if (this.ended && this.pos >= this.input.length) throw new Error('compressed data is truncated');
    return count > 0 || this.outPos >= WINDOW + SLAB;
  }

  private decodeSymbols(): boolean {
    const window = this.window;
    const limit = WINDOW + SLAB;
    while (this.outPos < limit) {
      if (!this.ended && this.input.length - this.pos < SYMBOL_BYTES) return false;
      const symbol = this.decode(this.literals);
      if (symbol < 256) {
        window[this.outPos++] = symbol;
        continue;
      }
      if (symbol === 256) {
        this.state = 'header';
        return true;
      }
      const lengthIndex = symbol - 257;
      if (lengthIndex > 28) throw new Error('invalid literal/length code');
      let length: number;
      if (lengthIndex === 28 && this.isDeflate64) {
        length = 3 + this.bits(16);
        this.usage.longLengthCodes++;
      } else {
        length = LENGTH_BASE[lengthIndex]! + this.bits(LENGTH_EXTRA[lengthIndex]!);
      }
      const distanceCode = this.decode(this.distances);
      if (distanceCode >= (this.isDeflate64 ? 32 : 30)) throw new Error('invalid distance code');
      if (distanceCode >= 30) this.usage.farDistanceCodes++;
      const distance = DISTANCE_BASE[distanceCode]! + this.bits(DISTANCE_EXTRA[distanceCode]!);
      if (distance > this.outPos) throw new Error('invalid distance: too far back');
      let from = this.outPos - distance;
      if (distance >= length && length > 32) {
        window.copyWithin(this.outPos, from, from + length);
        this.outPos += length;
      } else {
        for (let end = this.outPos + length; this.outPos < end; ) window[this.outPos++] = window[from++]!;
      }
    }
    return true;
  }

  private decode(table: HuffmanTable): number {
    while (this.bitCount < table.bits && this.pos < this.input.length) {
      this.bitBuffer |= this.input[this.pos++]! << this.bitCount;
      this.bitCount += 8;
    }
    const entry = table.entries[this.bitBuffer & ((1 << table.bits) - 1)]!;
    const length = entry & 15;
    if (length === 0) throw new Error('invalid Huffman code');
    if (length > this.bitCount) throw new Error('compressed data is truncated');
    this.bitBuffer >>>= length;
    this.bitCount -= length;
    return entry >> 4;
  }

  private bits(count: number): number {
    while (this.bitCount < count) {
      if (this.pos >= this.input.length) throw new Error('compressed data is truncated');
      this.bitBuffer |= this.input[this.pos++]! << this.bitCount;
      this.bitCount += 8;
    }
    const value = this.bitBuffer & ((1 << count) - 1);
    this.bitBuffer >>>= count;
    this.bitCount -= count;
    return value;
  }
}

/** A Transform stream around Inflater (Deflate64 when `isDeflate64`, else plain Deflate). */
export function createInflaterStream(isDeflate64: boolean): Transform {
  const inflater = new Inflater(isDeflate64);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        for (const output of inflater.push(chunk)) this.push(output);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        for (const output of inflater.finish()) this.push(output);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

// A streaming inflater for raw Deflate (RFC 1951) and Deflate64 ("enhanced deflate", ZIP method 9), which Node's
// zlib cannot read. Deflate64 differs only in a 64 KiB window, length code 285 (base 3 + 16 extra bits) and
// distance codes 30/31 (14 extra bits). The importer uses zlib for plain Deflate; that mode here exists for the tests.
import {
  buildFixedTables,
  DISTANCE_BASE,
  DISTANCE_EXTRA,
  LENGTH_BASE,
  LENGTH_EXTRA,
  readDynamicTables,
  type HuffmanTable,
} from './huffman-table.ts';

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
        this.state === 'header'
          ? this.readBlockHeader()
          : this.state === 'stored'
            ? this.copyStored()
            : this.decodeSymbols();
      if (!progressed) break;
    }
    this.emit(output, false);
    return output;
  }

  private emit(output: Buffer[], slide: boolean): void {
    if (this.outPos > this.flushedPos)
      output.push(Buffer.from(this.window.subarray(this.flushedPos, this.outPos)));
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
      const tables = readDynamicTables(
        (count) => this.bits(count),
        (table) => this.decode(table),
        this.isDeflate64,
      );
      this.literals = tables.literals;
      this.distances = tables.distances;
      this.state = 'huffman';
    } else {
      throw new Error('invalid block type');
    }
    return true;
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
    const status = this.decodeFast();
    if (status !== 'input') return status === 'block' || status === 'full';
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
      const length = this.matchLength(symbol - 257, this.bits(this.extraLengthBits(symbol - 257)));
      const distanceCode = this.decode(this.distances);
      const distance = this.matchDistance(
        distanceCode,
        this.bits(DISTANCE_EXTRA[distanceCode] ?? 0),
        this.outPos,
      );
      this.copyMatch(length, distance);
    }
    return true;
  }

  /**
   * The hot loop, on locals, while at least SYMBOL_BYTES of input remain (so no bounds checks are needed).
   * Returns 'block' at an end-of-block code, 'full' when the output slab is full, 'input' when input runs low.
   */
  private decodeFast(): 'block' | 'full' | 'input' {
    const window = this.window;
    const input = this.input;
    const safeEnd = input.length - SYMBOL_BYTES;
    const limit = WINDOW + SLAB;
    const literals = this.literals.entries;
    const literalMask = (1 << this.literals.bits) - 1;
    const distances = this.distances.entries;
    const distanceMask = (1 << this.distances.bits) - 1;
    let pos = this.pos;
    let bitBuffer = this.bitBuffer;
    let bitCount = this.bitCount;
    let outPos = this.outPos;
    let status: 'block' | 'full' | 'input' = 'input';
    try {
      while (pos <= safeEnd) {
        if (outPos >= limit) {
          status = 'full';
          break;
        }
        while (bitCount < 24) {
          bitBuffer |= input[pos++]! << bitCount;
          bitCount += 8;
        }
        const entry = literals[bitBuffer & literalMask]!;
        const codeLength = entry & 15;
        if (codeLength === 0) throw new Error('invalid Huffman code');
        bitBuffer >>>= codeLength;
        bitCount -= codeLength;
        const symbol = entry >> 4;
        if (symbol < 256) {
          window[outPos++] = symbol;
          continue;
        }
        if (symbol === 256) {
          this.state = 'header';
          status = 'block';
          break;
        }
        const lengthIndex = symbol - 257;
        const lengthBits = this.extraLengthBits(lengthIndex);
        while (bitCount < 16) {
          bitBuffer |= input[pos++]! << bitCount;
          bitCount += 8;
        }
        const length = this.matchLength(lengthIndex, bitBuffer & ((1 << lengthBits) - 1));
        bitBuffer >>>= lengthBits;
        bitCount -= lengthBits;
        while (bitCount < 24) {
          bitBuffer |= input[pos++]! << bitCount;
          bitCount += 8;
        }
        const distanceEntry = distances[bitBuffer & distanceMask]!;
        const distanceLength = distanceEntry & 15;
        if (distanceLength === 0) throw new Error('invalid Huffman code');
        bitBuffer >>>= distanceLength;
        bitCount -= distanceLength;
        const distanceCode = distanceEntry >> 4;
        const distanceBits = DISTANCE_EXTRA[distanceCode] ?? 0;
        while (bitCount < 16) {
          bitBuffer |= input[pos++]! << bitCount;
          bitCount += 8;
        }
        const distance = this.matchDistance(distanceCode, bitBuffer & ((1 << distanceBits) - 1), outPos);
        bitBuffer >>>= distanceBits;
        bitCount -= distanceBits;
        let from = outPos - distance;
        if (distance >= length && length > 32) {
          window.copyWithin(outPos, from, from + length);
          outPos += length;
        } else {
          for (const end = outPos + length; outPos < end;) window[outPos++] = window[from++]!;
        }
      }
    } finally {
      this.outPos = outPos;
      this.pos = pos;
      this.bitBuffer = bitBuffer;
      this.bitCount = bitCount;
    }
    return status;
  }

  private extraLengthBits(lengthIndex: number): number {
    if (lengthIndex > 28) throw new Error('invalid literal/length code');
    return lengthIndex === 28 && this.isDeflate64 ? 16 : LENGTH_EXTRA[lengthIndex]!;
  }

  private matchLength(lengthIndex: number, extra: number): number {
    if (lengthIndex === 28 && this.isDeflate64) {
      this.usage.longLengthCodes++;
      return 3 + extra;
    }
    return LENGTH_BASE[lengthIndex]! + extra;
  }

  private matchDistance(distanceCode: number, extra: number, outPos: number): number {
    if (distanceCode >= (this.isDeflate64 ? 32 : 30)) throw new Error('invalid distance code');
    if (distanceCode >= 30) this.usage.farDistanceCodes++;
    const distance = DISTANCE_BASE[distanceCode]! + extra;
    if (distance > outPos) throw new Error('invalid distance: too far back');
    return distance;
  }

  private copyMatch(length: number, distance: number): void {
    const window = this.window;
    let from = this.outPos - distance;
    if (distance >= length && length > 32) {
      window.copyWithin(this.outPos, from, from + length);
      this.outPos += length;
    } else {
      for (let end = this.outPos + length; this.outPos < end;) window[this.outPos++] = window[from++]!;
    }
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

import { readFileSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Inflater } from './inflater.ts';

function inflate(
  data: Buffer,
  isDeflate64: boolean,
  chunkSize = data.length || 1,
): { output: Buffer; inflater: Inflater } {
  const inflater = new Inflater(isDeflate64);
  const parts: Buffer[] = [];
  for (let at = 0; at < data.length; at += chunkSize)
    parts.push(...inflater.push(data.subarray(at, at + chunkSize)));
  parts.push(...inflater.finish());
  return { output: Buffer.concat(parts), inflater };
}

/** Writes Deflate bits: values LSB first, Huffman codes MSB first (RFC 1951 §3.1.1). */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private count = 0;
  bits(value: number, length: number): this {
    for (let bit = 0; bit < length; bit++) this.push((value >> bit) & 1);
    return this;
  }
  code(value: number, length: number): this {
    for (let bit = length - 1; bit >= 0; bit--) this.push((value >> bit) & 1);
    return this;
  }
  /** A fixed-Huffman literal/length symbol (RFC 1951 §3.2.6). */
  symbol(value: number): this {
    if (value < 144) return this.code(0x30 + value, 8);
    if (value < 256) return this.code(0x190 + value - 144, 9);
    if (value < 280) return this.code(value - 256, 7);
    return this.code(0xc0 + value - 280, 8);
  }
  done(): Buffer {
    if (this.count > 0) this.bytes.push(this.current);
    return Buffer.from(this.bytes);
  }
  private push(bit: number): void {
    this.current |= bit << this.count;
    if (++this.count === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.count = 0;
    }
  }
}

const text = Buffer.from(
  Array.from(
    { length: 40_000 },
    (_, i) => `${i}\tSAN JOSE\tMX\tSP \t2019-0${(i % 9) + 1}-01 00:00:00.000\t${(i * 7919) % 104729}\n`,
  ).join(''),
  'latin1',
);

describe('Inflater in plain Deflate mode', () => {
  const cases: [string, Buffer][] = [
    ['level 1', deflateRawSync(text, { level: 1 })],
    ['level 9', deflateRawSync(text, { level: 9 })],
    ['fixed Huffman', deflateRawSync(text, { strategy: constants.Z_FIXED })],
    ['Huffman only', deflateRawSync(text, { strategy: constants.Z_HUFFMAN_ONLY })],
    ['run-length', deflateRawSync(text, { strategy: constants.Z_RLE })],
    ['stored', deflateRawSync(text, { level: 0 })],
  ];
  it.each(cases)('matches zlib (%s), across chunk boundaries', (_name, compressed) => {
    expect(text.length).toBeGreaterThan(1 << 20); // more than one output slab, so the window slides
    for (const chunkSize of [compressed.length, 65_536, 4093]) {
      expect(inflate(compressed, false, chunkSize).output.equals(text)).toBe(true);
    }
  });

  it('decodes byte-by-byte input', () => {
    const small = text.subarray(0, 20_000);
    expect(inflate(deflateRawSync(small), false, 1).output.equals(small)).toBe(true);
  });

  it('decodes incompressible data and an empty stream', () => {
    const noise = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 2654435761) >>> 24));
    expect(inflate(deflateRawSync(noise), false, 5000).output.equals(noise)).toBe(true);
    expect(inflate(deflateRawSync(Buffer.alloc(0)), false).output.length).toBe(0);
  });

  it('rejects truncated and corrupt streams', () => {
    const compressed = deflateRawSync(text.subarray(0, 50_000));
    expect(() => inflate(compressed.subarray(0, compressed.length - 10), false)).toThrow(/truncated/);
    expect(() => inflate(new BitWriter().bits(1, 1).bits(3, 2).done(), false)).toThrow(/invalid block type/);
  });
});

describe('Inflater in Deflate64 mode', () => {
  // A hand-assembled fixed-Huffman block: 'a', then length code 285 (3 + 16 extra bits) at distance 1, then a
  // match at distance code 30 (32769 + 14 extra bits): codes plain Deflate reads differently.
  const stream = new BitWriter()
    .bits(1, 1)
    .bits(1, 2)
    .symbol(0x61)
    .symbol(285)
    .bits(39_997, 16)
    .code(0, 5)
    .symbol(264) // length 10
    .code(30, 5)
    .bits(100, 14) // distance 32869
    .symbol(0x62)
    .symbol(256)
    .done();

  it('reads length code 285 with 16 extra bits and distance code 30', () => {
    const { output, inflater } = inflate(stream, true, 3);
    expect(output.equals(Buffer.concat([Buffer.alloc(40_011, 'a'), Buffer.from('b')]))).toBe(true);
    expect(inflater.usage).toEqual({ longLengthCodes: 1, farDistanceCodes: 1 });
  });

  it('differs from plain Deflate on the same bits', () => {
    let plain: Buffer | undefined;
    try {
      plain = inflate(stream, false).output;
    } catch {
      plain = undefined;
    }
    expect(plain?.equals(inflate(stream, true).output) ?? false).toBe(false);
  });

  it('reads a member that 7-Zip compressed with -mm=Deflate64', () => {
    // fixtures/deflate64-release.zip: `7z a -tzip -mm=Deflate64`; notes/deflate64-probe.txt is 34,000 random
    // A/C characters written twice, so the encoder must reach back past 32 KiB.
    const zip = readFileSync(new URL('./fixtures/deflate64-release.zip', import.meta.url));
    const name = 'notes/deflate64-probe.txt';
    const at = zip.indexOf(name) - 30;
    expect(zip.readUInt32LE(at)).toBe(0x04034b50);
    expect(zip.readUInt16LE(at + 8)).toBe(9);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const { output, inflater } = inflate(zip.subarray(start, start + zip.readUInt32LE(at + 18)), true, 1000);
    expect(output.length).toBe(68_000);
    expect(output.subarray(0, 34_000).equals(output.subarray(34_000))).toBe(true);
    expect(/^[AC]+$/.test(output.toString('latin1'))).toBe(true);
    expect(inflater.usage.farDistanceCodes).toBeGreaterThan(0);
  });
});

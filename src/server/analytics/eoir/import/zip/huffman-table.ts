// Deflate's code tables (RFC 1951 §3.2.5, with Deflate64's codes 30/31) and canonical Huffman decoding tables:
// one flat lookup indexed by the next `bits` input bits (LSB first).

/** Base lengths of codes 257-285 (Deflate; Deflate64 reads code 285 as 3 + 16 extra bits). */
export const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
/** Extra bits of codes 257-285. */
export const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/** Base distances of codes 0-31 (30 and 31 only in Deflate64). */
export const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577, 32769, 49153,
];
/** Extra bits of distance codes 0-31. */
export const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A decoding table: entry = symbol << 4 | code length (0 = no code there); `bits` = longest code length. */
export interface HuffmanTable {
  readonly entries: Int32Array;
  readonly bits: number;
}

/**
 * Builds the table for the given code lengths (RFC 1951 §3.2.2). Throws on an over-subscribed set; an incomplete
 * set is allowed (RFC 1951 permits it for a lone distance code) and its unused entries decode as invalid.
 */
export function buildHuffmanTable(lengths: ArrayLike<number>): HuffmanTable {
  let maxBits = 0;
  const counts = new Int32Array(16);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol] ?? 0;
    counts[length]! += 1;
    if (length > maxBits) maxBits = length;
  }
  const bits = Math.max(maxBits, 1);
  const entries = new Int32Array(1 << bits);
  if (maxBits === 0) return { entries, bits };

  counts[0] = 0;
  const nextCode = new Int32Array(16);
  let code = 0;
  let left = 1;
  for (let length = 1; length <= 15; length++) {
    left = (left << 1) - counts[length]!;
    if (left < 0) throw new Error('invalid Huffman code: over-subscribed code lengths');
    code = (code + counts[length - 1]!) << 1;
    nextCode[length] = code;
  }

  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol] ?? 0;
    if (length === 0) continue;
    const assigned = nextCode[length]!;
    nextCode[length] = assigned + 1;
    // Deflate sends codes MSB first but we read bits LSB first, so index by the reversed code.
    let reversed = 0;
    for (let bit = 0; bit < length; bit++) reversed |= ((assigned >> bit) & 1) << (length - 1 - bit);
    const entry = (symbol << 4) | length;
    for (let index = reversed; index < entries.length; index += 1 << length) entries[index] = entry;
  }
  return { entries, bits };
}

/** Builds the fixed literal/length and distance tables of RFC 1951 §3.2.6 (32 distance codes, for Deflate64). */
export function buildFixedTables(): { literals: HuffmanTable; distances: HuffmanTable } {
  const literalLengths = new Uint8Array(288);
  literalLengths.fill(8, 0, 144);
  literalLengths.fill(9, 144, 256);
  literalLengths.fill(7, 256, 280);
  literalLengths.fill(8, 280, 288);
  return {
    literals: buildHuffmanTable(literalLengths),
    distances: buildHuffmanTable(new Uint8Array(32).fill(5)),
  };
}

/**
 * Reads a dynamic block's code-length header (RFC 1951 §3.2.7) with the given bit readers and builds its tables.
 * Deflate64 allows 32 distance codes.
 */
export function readDynamicTables(
  bits: (count: number) => number,
  decode: (table: HuffmanTable) => number,
  isDeflate64: boolean,
): { literals: HuffmanTable; distances: HuffmanTable } {
  const literalCount = bits(5) + 257;
  const distanceCount = bits(5) + 1;
  const codeLengthCount = bits(4) + 4;
  if (literalCount > 286 || (!isDeflate64 && distanceCount > 30))
    throw new Error('too many length or distance codes');
  const codeLengths = new Uint8Array(19);
  for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]!] = bits(3);
  const codeLengthTable = buildHuffmanTable(codeLengths);
  const lengths = new Uint8Array(literalCount + distanceCount);
  for (let i = 0; i < lengths.length;) {
    const symbol = decode(codeLengthTable);
    if (symbol < 16) {
      lengths[i++] = symbol;
      continue;
    }
    let value = 0;
    let repeat: number;
    if (symbol === 16) {
      if (i === 0) throw new Error('invalid code-length repeat');
      value = lengths[i - 1]!;
      repeat = 3 + bits(2);
    } else {
      repeat = symbol === 17 ? 3 + bits(3) : 11 + bits(7);
    }
    if (i + repeat > lengths.length) throw new Error('invalid code-length repeat');
    lengths.fill(value, i, i + repeat);
    i += repeat;
  }
  if (lengths[256] === 0) throw new Error('missing end-of-block code');
  return {
    literals: buildHuffmanTable(lengths.subarray(0, literalCount)),
    distances: buildHuffmanTable(lengths.subarray(literalCount)),
  };
}

// Canonical Huffman decoding tables for inflate: one flat lookup indexed by the next `bits` input bits (LSB first).

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
  return { literals: buildHuffmanTable(literalLengths), distances: buildHuffmanTable(new Uint8Array(32).fill(5)) };
}

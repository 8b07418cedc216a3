// Counting the tabs of a line is most of the byte pass's own work; reading the buffer four bytes at a time (a zero
// byte test on each 32-bit word) does it about three times faster than a byte loop.

const TAB = 9;
const TABS = 0x09090909;
const LOW_BITS = 0x7f7f7f7f;
const BYTE_SUM = 0x01010101;

/** Counts tab bytes in ranges of one buffer; make one per buffer (it views the buffer's aligned words once). */
export class TabCounter {
  private readonly offset: number;
  private readonly words: Uint32Array;

  constructor(private readonly bytes: Uint8Array) {
    this.offset = (4 - (bytes.byteOffset & 3)) & 3;
    const length = Math.max(0, bytes.length - this.offset) >>> 2;
    this.words =
      length > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + this.offset, length) : new Uint32Array(0);
  }

  /** The number of tab bytes in bytes[start, end). */
  count(start: number, end: number): number {
    const { bytes, words, offset } = this;
    let tabs = 0;
    let word = Math.max(0, Math.ceil((start - offset) / 4));
    const lastWord = Math.max(word, Math.floor((end - offset) / 4));
    let index = start;
    for (const head = Math.min(end, offset + word * 4); index < head; index++)
      if (bytes[index] === TAB) tabs++;
    for (; word < lastWord; word++) {
      // A byte of x is zero exactly where the word held a tab; y keeps one high bit per zero byte.
      const x = words[word]! ^ TABS;
      const y = ~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS);
      tabs += Math.imul(y >>> 7, BYTE_SUM) >>> 24;
    }
    for (index = Math.max(index, offset + lastWord * 4); index < end; index++)
      if (bytes[index] === TAB) tabs++;
    return tabs;
  }
}

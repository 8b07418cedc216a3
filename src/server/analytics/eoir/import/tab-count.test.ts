// The word-at-a-time tab count agrees with a byte loop on every range, whatever the buffer's alignment.
import { describe, expect, it } from 'vitest';
import { TabCounter } from './tab-count.ts';

const byteLoop = (bytes: Uint8Array, start: number, end: number): number =>
  bytes.subarray(start, end).filter((byte) => byte === 9).length;

describe('TabCounter', () => {
  it('counts like a byte loop on every range of buffers at every alignment', () => {
    const backing = Buffer.from('a\tbb\t\t\tc\x89\t\xff\t\t\t\tdddd\t\teeeeeeee\t\x09\t9\t\n\t', 'latin1');
    for (let shift = 0; shift < 4; shift++) {
      const bytes = backing.subarray(shift);
      const counter = new TabCounter(bytes);
      for (let start = 0; start <= bytes.length; start++) {
        for (let end = start; end <= bytes.length; end++) {
          expect(counter.count(start, end), `${shift}: ${start}-${end}`).toBe(byteLoop(bytes, start, end));
        }
      }
    }
  });

  it('handles buffers shorter than a word, at every alignment', () => {
    const backing = Buffer.from('\t\tx\t\t\t\t');
    for (let shift = 0; shift < 4; shift++) {
      for (let length = 0; length <= 3; length++) {
        const bytes = backing.subarray(shift, shift + length);
        expect(new TabCounter(bytes).count(0, length)).toBe(byteLoop(bytes, 0, length));
      }
    }
  });
});

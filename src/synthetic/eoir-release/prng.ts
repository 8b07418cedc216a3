// A small, fast, seedable PRNG (sfc32) so a release is a pure function of its seed: never Math.random.
import { Sfc32 } from '../sfc32.ts';

/** A deterministic stream of random numbers; one instance per generation run. */
export class Random extends Sfc32 {
  constructor(seed: number | string) {
    super(typeof seed === 'number' ? seed >>> 0 : hashString(seed));
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A uniform integer in [min, max] (both inclusive). */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A geometric count >= 0 with the given mean (number of successes before the first failure). */
  geometric(mean: number): number {
    const p = mean / (1 + mean);
    let k = 0;
    while (k < 50 && this.next() < p) k++;
    return k;
  }
}

/** FNV-1a: a stable 32-bit hash of a string seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// The one seeded PRNG of the synthetic generators: sfc32, seeded through splitmix32, never Math.random, so a seeded
// store or a generated release is a pure function of its seed. Each generator derives its streams its own named way
// (`Random.forStream` for the office seed's stories, `Random.fromSeed` for the release's blocks); both derivations
// are pinned by random.test.ts, since changing either changes every data set made with it.

/** A deterministic stream of random numbers. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(seedWord: number) {
    // splitmix32 spreads any seed word, even 0, over the four words of state
    let s = seedWord >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The stream numbered `stream` of a 32-bit seed: independent of how many streams were drawn before it, so a
   * story's records do not depend on batch sizes or on the stories before it. */
  static forStream(seed: number, stream = 0): Random {
    return new Random((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream >>> 0, 0x85ebca77)) >>> 0);
  }

  /** The stream of a seed given as text (hashed with `hashSeed`) or as a 32-bit number (taken as is). */
  static fromSeed(seed: number | string): Random {
    return new Random(typeof seed === 'number' ? seed >>> 0 : hashSeed(seed));
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
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

  /** One key of a table of weights, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let u = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      u -= weight;
      if (u < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /** A geometric count >= 0 with the given mean (successes before the first failure; at most 50). */
  geometric(mean: number): number {
    const p = mean / (1 + mean);
    let k = 0;
    while (k < 50 && this.next() < p) k++;
    return k;
  }

  /** A UUID (version 4 layout) drawn from the stream: the same stream gives the same ids. */
  uuid(): string {
    const hex = (n: number): string => n.toString(16).padStart(8, '0');
    const a = hex(this.uint32());
    const b = hex(((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0);
    const c = hex(((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0);
    const d = hex(this.uint32());
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }
}

/** A stable 32-bit number for a seed given as text or number: FNV-1a over its text (a number's decimal form). */
export function hashSeed(seed: number | string): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

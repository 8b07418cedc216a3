import { describe, expect, it } from 'vitest';
import { Random } from './prng.ts';
import { WeightedSampler } from './sampler.ts';

describe('Random', () => {
  it('repeats its stream for a seed and differs between seeds', () => {
    const a = new Random(1);
    const b = new Random(1);
    const c = new Random(2);
    const first = Array.from({ length: 5 }, () => a.uint32());
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.uint32())).not.toEqual(first);
    expect(new Random('seed').uint32()).toBe(new Random('seed').uint32());
  });

  it('draws uniform floats and bounded integers', () => {
    const random = new Random(9);
    const draws = Array.from({ length: 100_000 }, () => random.next());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeCloseTo(0.5, 2);
    const ints = new Set(Array.from({ length: 1000 }, () => random.between(3, 5)));
    expect([...ints].sort()).toEqual([3, 4, 5]);
  });
});

describe('WeightedSampler', () => {
  it('draws codes in proportion to their weights and never a zero-weight one', () => {
    const sampler = new WeightedSampler([
      ['X', 3],
      ['R', 1],
      ['Z', 0],
    ]);
    const random = new Random(4);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 40_000; i++) {
      const code = sampler.draw(random);
      counts[code] = (counts[code] ?? 0) + 1;
    }
    expect((counts.X ?? 0) / 40_000).toBeCloseTo(0.75, 1);
    expect(counts.Z).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { Random } from '../random.ts';
import { WeightedSampler } from './sampler.ts';

describe('WeightedSampler', () => {
  it('draws codes in proportion to their weights and never a zero-weight one', () => {
    const sampler = new WeightedSampler([
      ['X', 3],
      ['R', 1],
      ['Z', 0],
    ]);
    const random = Random.fromSeed(4);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 40_000; i++) {
      const code = sampler.draw(random);
      counts[code] = (counts[code] ?? 0) + 1;
    }
    expect((counts.X ?? 0) / 40_000).toBeCloseTo(0.75, 1);
    expect(counts.Z).toBeUndefined();
  });
});

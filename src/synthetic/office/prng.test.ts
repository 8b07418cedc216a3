import { describe, expect, it } from 'vitest';
import { Random, seedNumber } from './prng.ts';

const draws = (random: Random, n: number): number[] => Array.from({ length: n }, () => random.uint32());

describe('Random', () => {
  it('gives the same stream for the same seed and stream number, and different ones otherwise', () => {
    expect(draws(new Random(1, 5), 8)).toEqual(draws(new Random(1, 5), 8));
    expect(draws(new Random(1, 5), 8)).not.toEqual(draws(new Random(1, 6), 8));
    expect(draws(new Random(2, 5), 8)).not.toEqual(draws(new Random(1, 5), 8));
    expect(draws(new Random(0, 0), 8)).not.toEqual(draws(new Random(0, 1), 8));
  });

  it('draws UUIDs in the version-4 layout, reproducibly', () => {
    const ids = Array.from({ length: 200 }, () => new Random(9, 1).uuid());
    expect(new Set(ids).size).toBe(1);
    const random = new Random(9, 2);
    const many = Array.from({ length: 1000 }, () => random.uuid());
    expect(new Set(many).size).toBe(1000);
    for (const id of many)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps uniform draws in range and weighted draws near their weights', () => {
    const random = new Random(3);
    const counts = { a: 0, b: 0, c: 0 };
    const seen = new Set<number>();
    for (let i = 0; i < 20_000; i++) {
      seen.add(random.between(2, 4));
      counts[random.weighted({ a: 1, b: 3, c: 0 })]++;
    }
    expect([...seen].sort()).toEqual([2, 3, 4]);
    expect(counts.c).toBe(0);
    expect(counts.b / 20_000).toBeGreaterThan(0.73);
    expect(counts.b / 20_000).toBeLessThan(0.77);
  });
});

describe('seedNumber', () => {
  it('maps a seed given as text or number to one stable 32-bit number', () => {
    expect(seedNumber(1)).toBe(seedNumber('1'));
    expect(seedNumber('demo')).toBe(seedNumber('demo'));
    expect(seedNumber('demo')).not.toBe(seedNumber('demo2'));
    expect(Number.isInteger(seedNumber('x')) && seedNumber('x') >= 0 && seedNumber('x') < 2 ** 32).toBe(true);
  });
});

// Pins the first draws of both seedings: a generated data set is a pure function of its seed, so any change to
// these numbers changes every seeded store and every generated release.
import { describe, expect, it } from 'vitest';
import { hashSeed, Random } from './random.ts';

const draws = (random: Random, n = 4): number[] => Array.from({ length: n }, () => random.uint32());

describe('the seeded streams', () => {
  it('keeps the office seed streams keyed by (seed, story number)', () => {
    expect(draws(Random.forStream(1, 5))).toEqual([2262434328, 2390917065, 1838962118, 4024159782]);
    expect(draws(Random.forStream(0, 0))).toEqual([4205396811, 3543653536, 1222415357, 3047368389]);
    expect(hashSeed('1')).toBe(873244444);
    expect(draws(Random.forStream(hashSeed('1'), 0))).toEqual([
      187662250, 1315357184, 3347036612, 1548189843,
    ]);
    const random = Random.forStream(hashSeed('demo'), 42);
    expect(random.uuid()).toBe('8db9ac0b-a13f-4c45-9901-c336a91724ea');
    expect(random.between(1, 6)).toBe(6);
    expect(random.chance(0.5)).toBe(false);
    expect(random.pick(['a', 'b', 'c'])).toBe('b');
    expect(random.weighted({ x: 1, y: 2, z: 3 })).toBe('y');
    expect(random.next()).toBe(0.6374853376764804);
  });

  it('keeps the release block streams keyed by a text seed, and by a number taken as is', () => {
    expect(draws(Random.fromSeed(7))).toEqual([838155491, 1550620431, 3610122010, 3621410451]);
    expect(hashSeed('7#0')).toBe(2733441005);
    expect(draws(Random.fromSeed('7#0'))).toEqual([490484535, 3843003097, 1174401206, 697550254]);
    const random = Random.fromSeed('1#3');
    expect(random.int(100)).toBe(49);
    expect(random.between(1, 6)).toBe(1);
    expect(random.chance(0.5)).toBe(true);
    expect(random.pick(['a', 'b', 'c'])).toBe('a');
    expect(random.geometric(1.3)).toBe(0);
    expect(random.next()).toBe(0.5076623356435448);
  });

  it('gives the same stream for the same key and different ones otherwise', () => {
    expect(draws(Random.forStream(1, 5), 8)).toEqual(draws(Random.forStream(1, 5), 8));
    expect(draws(Random.forStream(1, 5), 8)).not.toEqual(draws(Random.forStream(1, 6), 8));
    expect(draws(Random.forStream(2, 5), 8)).not.toEqual(draws(Random.forStream(1, 5), 8));
    expect(draws(Random.forStream(0, 0), 8)).not.toEqual(draws(Random.forStream(0, 1), 8));
    expect(draws(Random.fromSeed('seed'), 8)).toEqual(draws(Random.fromSeed('seed'), 8));
    expect(draws(Random.fromSeed(1), 8)).not.toEqual(draws(Random.fromSeed(2), 8));
  });
});

describe('Random draws', () => {
  it('draws UUIDs in the version-4 layout, reproducibly', () => {
    const ids = Array.from({ length: 200 }, () => Random.forStream(9, 1).uuid());
    expect(new Set(ids).size).toBe(1);
    const random = Random.forStream(9, 2);
    const many = Array.from({ length: 1000 }, () => random.uuid());
    expect(new Set(many).size).toBe(1000);
    for (const id of many)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('draws uniform floats and keeps bounded integers in range', () => {
    const random = Random.fromSeed(9);
    const floats = Array.from({ length: 100_000 }, () => random.next());
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    expect(floats.reduce((a, b) => a + b, 0) / floats.length).toBeCloseTo(0.5, 2);
    expect([...new Set(Array.from({ length: 1000 }, () => random.between(3, 5)))].sort()).toEqual([3, 4, 5]);
    expect([...new Set(Array.from({ length: 1000 }, () => random.int(3)))].sort()).toEqual([0, 1, 2]);
  });

  it('keeps weighted draws near their weights and geometric counts near their mean', () => {
    const random = Random.forStream(3);
    const counts = { a: 0, b: 0, c: 0 };
    let geometric = 0;
    for (let i = 0; i < 20_000; i++) {
      counts[random.weighted({ a: 1, b: 3, c: 0 })]++;
      geometric += random.geometric(1.5);
    }
    expect(counts.c).toBe(0);
    expect(counts.b / 20_000).toBeGreaterThan(0.73);
    expect(counts.b / 20_000).toBeLessThan(0.77);
    expect(geometric / 20_000).toBeCloseTo(1.5, 1);
  });
});

describe('hashSeed', () => {
  it('maps a seed given as text or number to one stable 32-bit number', () => {
    expect(hashSeed(1)).toBe(hashSeed('1'));
    expect(hashSeed('demo')).toBe(2935829814);
    expect(hashSeed('demo')).not.toBe(hashSeed('demo2'));
    expect(Number.isInteger(hashSeed('x')) && hashSeed('x') >= 0 && hashSeed('x') < 2 ** 32).toBe(true);
  });
});

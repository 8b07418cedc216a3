import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: true }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":true,"z":null}]},"b":1}',
    );
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ outcome: 'negative', screeningId: 's1' })).toBe(
      canonicalJson({ screeningId: 's1', outcome: 'negative' }),
    );
  });

  it('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    // 😀 (U+1F600, code units D83D DE00) sorts before Ａ (U+FF21) by code unit, though after it by code point.
    expect(canonicalJson({ Ａ: 1, '😀': 2, Z: 3, a: 4, '': 5 })).toBe('{"":5,"Z":3,"a":4,"😀":2,"Ａ":1}');
  });

  it('keeps unicode as it is, escaping only what JSON must escape', () => {
    expect(canonicalJson({ name: 'José Muñoz', note: 'línea\n"dos"\u0000' })).toBe(
      '{"name":"José Muñoz","note":"línea\\n\\"dos\\"\\u0000"}',
    );
    // No normalisation: a decomposed é is different text, so it hashes differently.
    expect(canonicalJson('e\u0301')).not.toBe(canonicalJson('\u00e9'));
    expect(canonicalJson('\ud800')).toBe('"\\ud800"'); // a lone surrogate is escaped, so the text stays valid UTF-8
  });

  it('writes numbers the way ECMAScript does, with -0 as 0', () => {
    expect(canonicalJson([0, -0, 1.5, -2, 1e21, 1e-7, 123456789012345680000, 0.1 + 0.2])).toBe(
      '[0,0,1.5,-2,1e+21,1e-7,123456789012345680000,0.30000000000000004]',
    );
  });

  it.each([
    ['undefined', undefined, '$'],
    ['an undefined member', { a: 1, b: undefined }, '$.b'],
    ['NaN', { n: NaN }, '$.n'],
    ['Infinity', [1, Infinity], '$[1]'],
    ['a function', { f: () => 1 }, '$.f'],
    ['a symbol', Symbol('s'), '$'],
    ['a bigint', { big: 10n }, '$.big'],
    ['a Date', { at: new Date(0) }, '$.at'],
    ['a Map', new Map(), '$'],
    ['an array hole', [1, , 3], '$[1]'], // eslint-disable-line no-sparse-arrays
    ['a symbol key', { [Symbol('k')]: 1 }, '$'],
  ])('rejects %s, naming where it is', (_name, value, path) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(value)).toThrow(`at ${path}:`);
  });

  it('rejects a cycle but accepts the same object twice side by side', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });

  it('round-trips through JSON.parse to an equal value', () => {
    const value = { list: [1, 'two', { three: [null, false] }], text: 'ünïcødé ✓' };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});

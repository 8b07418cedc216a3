// The name search key: case- and accent-insensitive, whitespace-insensitive, and nothing else changed.
import { describe, expect, it } from 'vitest';
import { nameSearchWords, personNameKey } from './person-name-key.ts';

describe('personNameKey', () => {
  it('folds case, accents and runs of spaces', () => {
    expect(personNameKey('  Núñez   GARCÍA ')).toBe('nunez garcia');
    expect(personNameKey('ÇAĞLAR Øre')).toBe('caglar øre');
  });

  it('keeps the characters of injection texts as they are, only lower-cased', () => {
    expect(personNameKey("O'Brien'; DROP TABLE cases; --")).toBe("o'brien'; drop table cases; --");
    expect(personNameKey('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('splits a search into its words', () => {
    expect(nameSearchWords('  María  de la O ')).toEqual(['maria', 'de', 'la', 'o']);
    expect(nameSearchWords('   ')).toEqual([]);
  });
});

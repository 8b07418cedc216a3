import { describe, expect, it } from 'vitest';
import { classifyBrokenLink, firstBreak, type BrokenLink, type LedgerBreak } from './chain-links.ts';

// Hashes a..f stand for the events of an original chain a→b→c→d→e→f, at seqs 1..6.
const link = (over: Partial<BrokenLink>): BrokenLink => ({
  seq: 3,
  prevHash: 'x',
  hashBefore: 'b',
  hashTwoBefore: 'a',
  nextPrevHash: undefined,
  linkedSeq: undefined,
  ...over,
});

describe('classifyBrokenLink', () => {
  it('names a link to a hash the ledger does not hold a removal (a b d: d links to c)', () => {
    expect(classifyBrokenLink(link({ prevHash: 'c', nextPrevHash: 'd' }))).toMatchObject({
      blame: 'this',
      problem: 'removed',
    });
  });

  it('names a link to a later event a reordering (a b d c: d links to c, which comes after it)', () => {
    // c's successor links to b, as an insertion would look, but the forward link decides it.
    expect(classifyBrokenLink(link({ prevHash: 'c', nextPrevHash: 'b', linkedSeq: 4 }))).toMatchObject({
      blame: 'this',
      problem: 'reordered',
    });
  });

  it('blames the previous event when the chain continues from the event before it (a b x c: c links to b)', () => {
    expect(
      classifyBrokenLink(link({ prevHash: 'a', hashBefore: 'x', hashTwoBefore: 'a', linkedSeq: 1 })),
    ).toMatchObject({ blame: 'previous', problem: 'inserted' });
  });

  it('blames this event when it links nowhere but its successor continues from its predecessor', () => {
    expect(classifyBrokenLink(link({ prevHash: 'junk', nextPrevHash: 'b' }))).toMatchObject({
      blame: 'this',
      problem: 'inserted',
    });
  });

  it('names a link back past its predecessor an insertion that forks the chain', () => {
    expect(
      classifyBrokenLink(link({ seq: 5, prevHash: 'a', hashTwoBefore: 'c', linkedSeq: 1 })),
    ).toMatchObject({ blame: 'this', problem: 'inserted' });
  });

  it('names an intruder before the first event (two events link to genesis) an insertion', () => {
    expect(
      classifyBrokenLink(link({ seq: 2, prevHash: 'G', hashBefore: 'x', hashTwoBefore: 'G' })),
    ).toMatchObject({ blame: 'previous', problem: 'inserted' });
  });
});

const at = (position: number, problem: LedgerBreak['problem']): LedgerBreak => ({
  position,
  seq: position,
  eventId: `e${position}`,
  problem,
  message: problem,
});

describe('firstBreak', () => {
  it('returns the earlier of a structural break and a bad signature', () => {
    expect(firstBreak(at(9, 'reordered'), at(4, 'bad_signature'))?.problem).toBe('bad_signature');
    expect(firstBreak(at(3, 'reordered'), at(4, 'bad_signature'))?.problem).toBe('reordered');
    expect(firstBreak(undefined, at(4, 'bad_signature'))?.position).toBe(4);
    expect(firstBreak(at(4, 'unknown_key'), undefined)?.position).toBe(4);
    expect(firstBreak(undefined, undefined)).toBeUndefined();
  });

  it('prefers the structural break when both name the same event', () => {
    expect(firstBreak(at(4, 'inserted'), at(4, 'bad_signature'))?.problem).toBe('inserted');
  });

  it('reads a bad signature just before a link to an unknown hash as one rewritten event', () => {
    expect(firstBreak(at(5, 'removed'), at(4, 'bad_signature'))).toMatchObject({
      position: 4,
      eventId: 'e4',
      problem: 'altered',
    });
    expect(firstBreak(at(6, 'removed'), at(4, 'bad_signature'))?.problem).toBe('bad_signature');
  });
});

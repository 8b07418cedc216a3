// Names the breaks the walk alone cannot: a broken link (it needs the event after and where the linked hash sits)
// and a tail that disagrees with the head row. These read a little more of the ledger, once, at the break.
import { classifyBrokenLink, shortHash, type LedgerBreak } from '../../domain/ledger/chain-links.ts';
import type { RefugeDatabase } from '../db/database.ts';
import type { ChainWalker, WalkStop } from './chain-walker.ts';
import { findSeqByHash, getHead, readEvents, type StoredLedgerEvent } from './ledger.repository.ts';

/** Undefined when the head row matches the last event walked (or events were appended since: walk on); else the
 * tail was cut, or the head disagrees. */
export async function checkTail(
  database: RefugeDatabase,
  walker: ChainWalker,
): Promise<LedgerBreak | undefined> {
  const head = await getHead(database.db);
  const lastSeq = walker.last?.seq ?? 0;
  if (head.hash === walker.lastHash && head.seq === lastSeq) return undefined;
  const position = walker.position + 1;
  if (head.seq > lastSeq && (await readEvents(database.db, { afterSeq: lastSeq, limit: 1 })).length > 0)
    return undefined;
  const headSeen =
    head.hash === walker.lastHash || (await findSeqByHash(database.db, head.hash)) !== undefined;
  if (!headSeen) {
    const message = `the ledger ends at seq ${lastSeq} but its head records seq ${head.seq}, hash ${shortHash(head.hash)}: the last events were removed`;
    return { position, seq: head.seq, eventId: null, problem: 'removed', message };
  }
  const message = `the head records seq ${head.seq}, hash ${shortHash(head.hash)}, but the last event is seq ${lastSeq}, hash ${shortHash(walker.lastHash)}`;
  return { position, seq: lastSeq, eventId: walker.last?.id ?? null, problem: 'head_mismatch', message };
}

/** Gathers what the link rules need and names the broken link, blaming this event or the one before it. */
export async function nameBrokenLink(
  database: RefugeDatabase,
  stop: Extract<WalkStop, { kind: 'link' }>,
  page: StoredLedgerEvent[],
  nextPage: Promise<StoredLedgerEvent[]>,
): Promise<LedgerBreak> {
  const { event, previous } = stop;
  const following = page[stop.index + 1] ?? (await nextPage)[0];
  const linkedSeq = await findSeqByHash(database.db, event.prevHash);
  const verdict = classifyBrokenLink({
    ...stop,
    seq: event.seq,
    prevHash: event.prevHash,
    nextPrevHash: following?.prevHash,
    linkedSeq,
  });
  const blamed =
    verdict.blame === 'previous' && previous
      ? { position: stop.position - 1, event: previous }
      : { position: stop.position, event };
  return {
    position: blamed.position,
    seq: blamed.event.seq,
    eventId: blamed.event.id,
    problem: verdict.problem,
    message: verdict.message,
  };
}

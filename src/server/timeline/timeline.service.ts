// A case's timeline read from the ledger: a page of the case's events with their actors, and whether each event's
// signature verifies with the key the ledger registered for its actor. The route has already decided that the
// reader may see the case; the presenter applies the field-level policy to each event.
import type { AppContext } from '../app-context.ts';
import { keyInForce, verifyEventSignature } from '../ledger/event-signature.ts';
import {
  findRegisteredKeys,
  readCaseEventsPage,
  type StoredLedgerEvent,
} from '../ledger/ledger.repository.ts';
import { decodeCursor, encodeCursor } from '../paging/keyset-cursor.ts';
import { findUserNames } from '../users/user.repository.ts';

/** One event of the timeline, with its actor (undefined for an id no user has) and its signature's verdict. */
export interface TimelineEvent {
  event: StoredLedgerEvent;
  actor: { id: string; name: string; role: string } | undefined;
  signatureVerifies: boolean;
}

/** A page of the case's events in ledger order, after the cursor's position. */
export async function getCaseTimeline(
  app: AppContext,
  caseId: string,
  page: { limit: number; cursor?: string },
): Promise<{ items: TimelineEvent[]; nextCursor: string | null }> {
  const { db } = app.database;
  const after = decodeCursor(page.cursor, ['number'] as const);
  const events = await readCaseEventsPage(db, caseId, { afterSeq: after?.[0] ?? 0, limit: page.limit + 1 });
  const shown = events.slice(0, page.limit);
  const actorIds = [...new Set(shown.map((e) => e.actorId))];
  const [actors, keys] = await Promise.all([
    findUserNames(db, actorIds),
    findRegisteredKeys(db, actorIds, shown.at(-1)?.seq ?? 0),
  ]);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const items = shown.map((event) => ({
    event,
    actor: byId.get(event.actorId),
    signatureVerifies: verifyEventSignature(event, keyInForce(keys.get(event.actorId) ?? [], event)),
  }));
  const last = shown.at(-1);
  return { items, nextCursor: events.length > page.limit && last ? encodeCursor([last.seq]) : null };
}

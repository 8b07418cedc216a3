// A timeline event as the API shows it to one reader: its payload passed through the field-level policy.
import { redactEventPayload } from '../../domain/access/event-redaction.ts';
import type { CaseAccessFacts } from '../../domain/access/need-to-know.ts';
import type { Actor } from '../../domain/actor.ts';
import type { TimelineEvent } from './timeline.service.ts';

/** The entry with every field the reader may not know replaced by its marker, and those fields named. */
export function presentTimelineEntry(item: TimelineEvent, reader: Actor, facts: CaseAccessFacts) {
  const { event } = item;
  const payload = JSON.parse(event.payloadJson) as Record<string, unknown>;
  const seen = redactEventPayload(
    reader,
    { type: event.type, actorId: event.actorId, payload },
    {
      caseOffice: facts.office,
      screeningOffices: new Map(facts.screenings.map((s) => [s.id, s.office])),
    },
  );
  return {
    seq: event.seq,
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    actor: item.actor ?? { id: event.actorId, name: '', role: '' },
    payload: seen.payload,
    withheld: seen.withheld,
    hash: event.hash,
    prevHash: event.prevHash,
    signature: event.signature,
    signatureVerifies: item.signatureVerifies,
  };
}

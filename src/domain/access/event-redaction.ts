// The need-to-know policy applied to the fields of a ledger event, not only to the case it belongs to: a reader with
// a basis to see the case sees each of its events, with the fields they may not know replaced by a marker that says
// what was withheld. Pure: the timeline asks it for every event it shows.
import type { Actor } from '../actor.ts';

/** An event as the timeline reads it from the ledger. */
export interface EventForReader {
  type: string;
  actorId: string;
  payload: Readonly<Record<string, unknown>>;
}

/** What the reader's access rests on, beyond who they are. */
export interface RedactionContext {
  /** The office that holds the case (null for an event outside any case). */
  caseOffice: string | null;
  /** The office of each screening of the case, by id. */
  screeningOffices: ReadonlyMap<string, string>;
}

/** The payload as the reader may see it, and the fields withheld from it. */
export interface RedactedPayload {
  payload: Record<string, unknown>;
  withheld: string[];
}

/** The marker put in place of an objection's reason. */
export const OBJECTION_REASON_WITHHELD = '[withheld: objection reason]';

interface FieldRule {
  types: readonly string[];
  field: string;
  marker: string;
  maySee: (reader: Actor, event: EventForReader, context: RedactionContext) => boolean;
}

// An officer's reason for declining an assignment or a category on grounds of conscience is between that officer and
// the supervisors of the office concerned: counsel, the court, intake and other officers see that it happened only.
function mayKnowObjectionReason(reader: Actor, event: EventForReader, context: RedactionContext): boolean {
  const officerId = typeof event.payload.officerId === 'string' ? event.payload.officerId : event.actorId;
  if (reader.id === officerId) return true;
  if (reader.role !== 'supervisor' || reader.office === null) return false;
  const screeningId = typeof event.payload.screeningId === 'string' ? event.payload.screeningId : null;
  const office = (screeningId && context.screeningOffices.get(screeningId)) || context.caseOffice;
  return office === reader.office;
}

/** Every field the policy may withhold from a reader who sees the event itself. */
const FIELD_RULES: readonly FieldRule[] = [
  {
    types: ['screening.declined', 'objection.recorded'],
    field: 'reason',
    marker: OBJECTION_REASON_WITHHELD,
    maySee: mayKnowObjectionReason,
  },
];

/** The event's payload as `reader` may see it: each field they may not know replaced by its marker. */
export function redactEventPayload(
  reader: Actor,
  event: EventForReader,
  context: RedactionContext,
): RedactedPayload {
  const payload: Record<string, unknown> = { ...event.payload };
  const withheld: string[] = [];
  for (const rule of FIELD_RULES) {
    if (!rule.types.includes(event.type) || !(rule.field in payload)) continue;
    if (rule.maySee(reader, event, context)) continue;
    payload[rule.field] = rule.marker;
    withheld.push(rule.field);
  }
  return { payload, withheld };
}

// The field-level policy of the timeline: an objection's reason is seen by the objecting officer and the supervisors
// of the office concerned, and by nobody else, who see the event with a marker in its place.
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../actor.ts';
import { OBJECTION_REASON_WITHHELD, redactEventPayload, type RedactionContext } from './event-redaction.ts';

const reader = (role: Role, id = `${role}-1`, office: string | null = 'HOU'): Actor => ({ id, role, office });
const context: RedactionContext = {
  caseOffice: 'HOU',
  screeningOffices: new Map([
    ['scr-hou', 'HOU'],
    ['scr-elp', 'ELP'],
  ]),
};
const declined = (screeningId: string) => ({
  type: 'screening.declined',
  actorId: 'officer-1',
  payload: { screeningId, officerId: 'officer-1', reason: 'My conscience.', category: 'credible_fear' },
});

describe('redactEventPayload', () => {
  it('shows an objection reason to the objecting officer and the office supervisors only', () => {
    const event = declined('scr-hou');
    for (const who of [reader('officer', 'officer-1'), reader('supervisor', 'sup-1', 'HOU')])
      expect(redactEventPayload(who, event, context)).toEqual({ payload: event.payload, withheld: [] });
    for (const who of [
      reader('officer', 'officer-2'),
      reader('supervisor', 'sup-2', 'ELP'),
      reader('intake'),
      reader('court'),
      reader('counsel', 'counsel-1', null),
    ]) {
      const seen = redactEventPayload(who, event, context);
      expect(seen.withheld, who.role).toEqual(['reason']);
      expect(seen.payload, who.role).toEqual({ ...event.payload, reason: OBJECTION_REASON_WITHHELD });
    }
  });

  it('takes the office from the screening declined, not from the case, when they differ', () => {
    const event = declined('scr-elp');
    expect(redactEventPayload(reader('supervisor', 's', 'ELP'), event, context).withheld).toEqual([]);
    expect(redactEventPayload(reader('supervisor', 's', 'HOU'), event, context).withheld).toEqual(['reason']);
  });

  it('withholds a category objection reason from everyone but its officer when no office is known', () => {
    const event = {
      type: 'objection.recorded',
      actorId: 'officer-1',
      payload: {
        objectionId: 'o-1',
        officerId: 'officer-1',
        category: 'mpp_interview',
        screeningId: null,
        reason: 'x',
      },
    };
    const outside: RedactionContext = { caseOffice: null, screeningOffices: new Map() };
    expect(redactEventPayload(reader('officer', 'officer-1'), event, outside).withheld).toEqual([]);
    expect(redactEventPayload(reader('supervisor'), event, outside).payload.reason).toBe(
      OBJECTION_REASON_WITHHELD,
    );
  });

  it('leaves other events whole and never changes the event it was given', () => {
    const decided = {
      type: 'screening.decided',
      actorId: 'officer-1',
      payload: { screeningId: 'scr-hou', reason: 'not an objection', reasoning: 'r' },
    };
    expect(redactEventPayload(reader('counsel', 'c', null), decided, context)).toEqual({
      payload: decided.payload,
      withheld: [],
    });
    const event = declined('scr-hou');
    redactEventPayload(reader('court'), event, context);
    expect(event.payload.reason).toBe('My conscience.');
  });
});

// A standing objection to a whole category, with what it does at once: the objecting officer's open assignments of
// that category go back to the supervisor's queue, each with its own event, in the same command.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import { returnToQueue } from '../screenings/assignment.transitions.ts';
import type { Screening } from '../screenings/screening.ts';
import { declineCategory, type Objection } from './objection.ts';

/** The objection, the screenings it returned to the queue, and every event of both. */
export interface CategoryDeclined {
  objection: Objection;
  returned: Screening[];
  events: DomainEvent[];
}

/** An officer declines a category; `assigned` are the screenings assigned to them now (those of the category that are
 * still before a determination go back to the queue; the others are left as they are), `standing` the categories
 * they already decline. */
export function declineCategoryAndReturn(
  input: { id: string; category: string; reason: string },
  assigned: readonly Screening[],
  standing: readonly string[],
  ctx: CommandContext,
): Result<CategoryDeclined> {
  if (standing.includes(input.category))
    return fail(
      'CONFLICT',
      'You already decline this category; withdraw that objection first to restate it.',
      {
        category: input.category,
      },
    );
  const declined = declineCategory(input, ctx);
  if (!declined.ok) return declined;
  const { objection } = declined.value;
  const returned: Screening[] = [];
  const events: DomainEvent[] = [...declined.value.events];
  for (const s of assigned) {
    const back = returnToQueue(s, objection);
    // A screening of another category, another officer's, or past its determination is not the objection's to move.
    if (!back.ok) continue;
    returned.push(back.value.state);
    events.push(...back.value.events);
  }
  return ok({ objection, returned, events });
}

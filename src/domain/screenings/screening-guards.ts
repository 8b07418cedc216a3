// The checks every stage of a screening shares: the status it must be in, the officer it must belong to, and
// instants that must be real and not in the future.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import { notInFuture, parseInstant } from '../time.ts';
import type { Screening, ScreeningStatus } from './screening.ts';

/** The statuses before a determination: the screening can still be assigned, declined or dissolved. */
export const BEFORE_DECISION: readonly ScreeningStatus[] = ['referred', 'scheduled', 'interviewed'];

/** Who may record the person's answer to the IJ-review question (never analysts or admins, who see no case content). */
export const IJ_ANSWER_ROLES = ['officer', 'supervisor', 'intake', 'court', 'counsel', 'system'] as const;

/** Accepts the screening only in one of the `allowed` statuses, naming them when it is not. */
export function inStatus(s: Screening, allowed: readonly ScreeningStatus[], act: string): Result<true> {
  return allowed.includes(s.status)
    ? ok(true)
    : fail(
        'INVALID_TRANSITION',
        `Cannot ${act}: the screening is "${s.status}" (allowed when ${allowed.join(' or ')}).`,
        { status: s.status, allowed },
      );
}

/** Accepts only the officer the screening is assigned to. */
export function requireAssignedOfficer(s: Screening, ctx: CommandContext, act: string): Result<true> {
  if (s.officerId === null)
    return fail(
      'NOT_ASSIGNED',
      `Cannot ${act}: the screening is not assigned to an officer; a supervisor must assign it first.`,
    );
  if (s.officerId !== ctx.actor.id)
    return fail('NOT_ASSIGNED', `Cannot ${act}: the screening is assigned to another officer.`);
  return ok(true);
}

/** Parses an instant that must not lie in the future. */
export function validInstant(field: string, value: string, ctx: CommandContext): Result<string> {
  const at = parseInstant(field, value);
  if (!at.ok) return at;
  return notInFuture(field, at.value, ctx.now);
}

// The shape every transition returns, and the small checks they share.
import type { CommandContext, Role } from './actor.ts';
import { fail, ok, type Result } from './errors.ts';
import type { DomainEvent } from './events/event-catalogue.ts';

/** A successful transition: the new state and the events that record it. */
export interface Transitioned<S> {
  state: S;
  events: DomainEvent[];
}

/** What a transition returns: the new state and its events, or a typed rejection. */
export type Transition<S> = Result<Transitioned<S>>;

/** Accepts the actor only if their role is one of those given. */
export function requireRole(ctx: CommandContext, roles: readonly Role[], act: string): Result<true> {
  return roles.includes(ctx.actor.role)
    ? ok(true)
    : fail(
        'FORBIDDEN',
        `Only ${roles.join(' or ')} users may ${act}; you are signed in as ${ctx.actor.role}.`,
        { required: roles },
      );
}

/** Rejects empty free text that the law or policy requires (a reason, a note). */
export function requireText(field: string, value: string | null | undefined, what: string): Result<string> {
  const text = value?.trim() ?? '';
  return text.length > 0 ? ok(text) : fail('VALIDATION_FAILED', `${what} is required (${field}).`, { field });
}

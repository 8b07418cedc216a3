// The signed-in user as every route sees them: who, in which role and office, and how they proved it.
import type { Actor } from '../../domain/actor.ts';

/** The authenticated caller of a request. */
export interface Viewer extends Actor {
  name: string;
  isDissentReviewer: boolean;
  /** A browser session (cookie, CSRF token required on writes) or a bearer token (scripts). */
  credential: { kind: 'session' | 'token'; id: string };
}

// Who is acting, and when: the context every transition receives.

/** The people's roles in the process, plus the built-in `system` actor that signs bootstrap and seed events. */
export const ROLES = [
  'intake',
  'officer',
  'supervisor',
  'court',
  'counsel',
  'analyst',
  'admin',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

/** The acting user as a transition sees them. */
export interface Actor {
  id: string;
  role: Role;
  office: string | null;
}

/** The context of a command: who acts, and the current instant (passed in so rules stay pure and testable). */
export interface CommandContext {
  actor: Actor;
  now: string;
}

/** Is the given string one of Refuge's roles? */
export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

// Who may see a policy dissent: its filer, and the designated reviewers. Nobody else, however senior (the filer's
// supervisors included), learns that it exists: the caller answers "not found" exactly as for a missing dissent.
// This one function decides every read, every answer and every attachment download.
import type { Role } from '../actor.ts';
import { DISSENT_REVIEWER_ROLES, mayReviewDissents } from '../users/account.ts';
import { DISSENT_FILER_ROLES, type Dissent } from './dissent.ts';

/** The roles that may ever see a dissent: its possible filers and reviewers (others are refused by role). */
export const DISSENT_READER_ROLES: readonly Role[] = [
  ...new Set([...DISSENT_FILER_ROLES, ...DISSENT_REVIEWER_ROLES]),
];

/** Why a user may see a dissent, as the access log records it. */
export type DissentBasis = 'dissent-reviewer' | 'dissent-filer';

/** The reader as the decision needs them. */
export interface DissentReader {
  id: string;
  role: Role;
  isDissentReviewer: boolean;
}

/** The decision: seen on a basis, or not at all. */
export type DissentAccess = { allowed: true; basis: DissentBasis } | { allowed: false };

/** Is the reader a designated reviewer in a role that may review? */
export const isReviewer = (reader: DissentReader): boolean =>
  reader.isDissentReviewer && mayReviewDissents(reader.role);

/** Decides whether `reader` may see the dissent (undefined when it does not exist: the same answer as hidden).
 * A reviewer reads as a reviewer even their own dissent, so that a log entry never says who filed it. */
export function decideDissentAccess(
  reader: DissentReader,
  dissent: Pick<Dissent, 'filerId'> | undefined,
): DissentAccess {
  if (dissent === undefined) return { allowed: false };
  if (isReviewer(reader)) return { allowed: true, basis: 'dissent-reviewer' };
  if (dissent.filerId === reader.id) return { allowed: true, basis: 'dissent-filer' };
  return { allowed: false };
}

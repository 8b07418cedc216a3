// A user account as an administrator manages it: role, office, whether it may sign in, and whether it answers
// policy dissents. Never the password hash or the keys.
import type { Role } from '../actor.ts';

/** The account fields administration reads and changes. */
export interface Account {
  id: string;
  name: string;
  role: Role;
  office: string | null;
  createdAt: string;
  disabledAt: string | null;
  isDissentReviewer: boolean;
}

/** Roles whose work belongs to one office (or, for court users, one court). */
export const OFFICE_ROLES: readonly Role[] = ['intake', 'officer', 'supervisor', 'court'];

/** Roles an administrator may designate to answer policy dissents: the agency's own staff, never outside counsel
 * or the court, whose independence the channel must not touch. */
export const DISSENT_REVIEWER_ROLES: readonly Role[] = ['officer', 'supervisor', 'analyst', 'admin'];

/** Does a user of this role work in an office (so that an office is required)? */
export const worksInOffice = (role: Role): boolean => OFFICE_ROLES.includes(role);

/** May a user of this role be a dissent reviewer? */
export const mayReviewDissents = (role: Role): boolean => DISSENT_REVIEWER_ROLES.includes(role);

/** Is the account an administrator who can still sign in? (At least one must remain.) */
export const isActiveAdmin = (account: Pick<Account, 'role' | 'disabledAt'>): boolean =>
  account.role === 'admin' && account.disabledAt === null;

// The roles an administrator may give an account (never the built-in system actor), and the account type.
import { ROLES } from '../../../domain/actor.ts';
import type { components } from '../../api/api-types.ts';

export type Account = components['schemas']['Account'];

/** The roles an account may have. */
export const ACCOUNT_ROLES = ROLES.filter((role) => role !== 'system');
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

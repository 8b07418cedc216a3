// The shapes of the account administration routes.
import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/actor.ts';
import { pageQuery, pageSchema } from '../../paging/page.schemas.ts';

const ACCOUNT_ROLES = ROLES.filter((r) => r !== 'system') as [string, ...string[]];
const office = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .openapi({ description: 'Office (intake, officer, supervisor) or court (court users).', example: 'HOU' });

/** An account as administrators see it: never the password hash or the keys. */
export const AccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    office: z.string().nullable(),
    createdAt: z.string(),
    disabledAt: z
      .string()
      .nullable()
      .openapi({ description: 'When the account was disabled; null if active.' }),
    isDisabled: z.boolean(),
    isDissentReviewer: z.boolean().openapi({ description: 'Designated to answer policy dissents.' }),
  })
  .openapi('Account');

/** A page of accounts. */
export const AccountPageSchema = pageSchema(AccountSchema, 'AccountPage');

/** Filters of the account list. */
export const AccountListQuerySchema = z.object({
  role: z.enum(ACCOUNT_ROLES).optional(),
  office: office.optional(),
  status: z
    .enum(['active', 'disabled'])
    .optional()
    .openapi({ description: 'Only active or disabled accounts.' }),
  isDissentReviewer: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Only dissent reviewers (true) or only others (false).' }),
  ...pageQuery,
});

/** A new account; the password is sent once and stored only as an argon2id hash. */
export const NewAccountSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, '2-63 lowercase letters, digits, dots, dashes or underscores.')
      .openapi({ example: 'hou.officer7' }),
    role: z.enum(ACCOUNT_ROLES),
    office: office.nullable().optional(),
    password: z.string().min(12, 'At least 12 characters.').max(1024),
  })
  .openapi('NewAccount');

/** The path parameter naming an account. */
export const UserParamSchema = z.object({
  userId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'userId', in: 'path' } }),
});

/** Why the account is disabled (recorded in the signed ledger). */
export const DisableAccountSchema = z
  .strictObject({ reason: z.string().trim().min(1, 'Give a reason.').max(1000) })
  .openapi('DisableAccount');

/** The new role, and office (kept for an office role when left out). */
export const AccountRoleSchema = z
  .strictObject({ role: z.enum(ACCOUNT_ROLES), office: office.nullable().optional() })
  .openapi('AccountRole');

/** Designate a dissent reviewer, or remove the designation. */
export const DissentReviewerSchema = z
  .strictObject({ isDissentReviewer: z.boolean() })
  .openapi('DissentReviewerDesignation');

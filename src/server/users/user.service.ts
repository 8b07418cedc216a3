// Creating and finding users. Each new user gets an Ed25519 signing key whose public half enters the ledger.
import { isRole, ROLES } from '../../domain/actor.ts';
import { fail, type Result } from '../../domain/errors.ts';
import type { AppContext } from '../app-context.ts';
import { isUniqueViolation } from '../db/store-errors.ts';
import { generateSigningKey } from '../ledger/signing-keys.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { markDemoStore } from '../settings/store-settings.repository.ts';
import { DEMO_PASSWORD } from './demo-password.ts';
import { hashPassword } from './password.ts';
import { findUserByName, insertUser } from './user.repository.ts';
import { requireRole } from '../../domain/transition.ts';
import { worksInOffice } from '../../domain/users/account.ts';

export interface NewUser {
  name: string;
  role: string;
  office?: string | null;
  password: string;
}

/** How a user is created: only the demo seed may give an account the published demo password. */
export interface NewUserOptions {
  /** Accept the published demo password (and mark the store as a demo store with the account). */
  allowDemoPassword?: boolean;
}

/** The fields of a user anyone may see in the app (never the keys or the password hash). */
export interface UserSummary {
  id: string;
  name: string;
  role: string;
  office: string | null;
}

const NAME_RE = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** Validates the new user's fields: a login name, a known role, an office where the role works in one, a real password
 * (not the published demo password, unless the demo seed asks for it). */
export function validateNewUser(
  input: NewUser,
  options: NewUserOptions = {},
): Result<Omit<UserSummary, 'id'>> {
  if (!NAME_RE.test(input.name))
    return fail(
      'VALIDATION_FAILED',
      `"${input.name}" is not a valid user name: use 2-63 lowercase letters, digits, dots, dashes or underscores.`,
      { field: 'name' },
    );
  if (!isRole(input.role) || input.role === 'system') {
    return fail(
      'VALIDATION_FAILED',
      `Unknown role "${input.role}"; use one of: ${ROLES.filter((r) => r !== 'system').join(', ')}.`,
      { field: 'role' },
    );
  }
  const office = input.office?.trim() || null;
  if (worksInOffice(input.role) && !office)
    return fail('VALIDATION_FAILED', `A ${input.role} user works in an office: give --office.`, {
      field: 'office',
    });
  if (input.password.length < 12)
    return fail('VALIDATION_FAILED', 'The password must be at least 12 characters long.', {
      field: 'password',
    });
  if (input.password === DEMO_PASSWORD && !options.allowDemoPassword)
    return fail(
      'VALIDATION_FAILED',
      'That is the published demo password, which anyone can look up; choose another password.',
      { field: 'password' },
    );
  return { ok: true, value: { name: input.name, role: input.role, office } };
}

/** Creates a user (as an admin or the system actor), records it and its public key in the ledger. An account with the
 * published demo password marks the store as a demo store in the same transaction. */
export async function createUser(
  app: AppContext,
  actorId: string,
  input: NewUser,
  options: NewUserOptions = {},
): Promise<Result<UserSummary>> {
  const valid = validateNewUser(input, options);
  if (!valid.ok) return valid;
  const user: UserSummary = { id: app.newId(), ...valid.value };
  const passwordHash = await hashPassword(input.password); // before the transaction: hashing takes tens of ms
  const result = await runCommand(app, actorId, async (trx, ctx) => {
    accept(requireRole(ctx, ['admin', 'system'], 'create users'));
    if (await findUserByName(trx, user.name))
      accept(
        fail('CONFLICT', `A user named "${user.name}" already exists; choose another name.`, {
          field: 'name',
        }),
      );
    const key = generateSigningKey(app.masterKey);
    await insertUser(trx, {
      ...user,
      password_hash: passwordHash,
      public_key: key.publicKey,
      private_key: key.sealedPrivateKey,
      created_at: ctx.now,
      disabled_at: null,
      is_dissent_reviewer: 0,
    });
    if (input.password === DEMO_PASSWORD) await markDemoStore(trx, ctx.now);
    return {
      value: user,
      events: [
        {
          type: 'user.created',
          caseId: null,
          payload: { userId: user.id, name: user.name, role: user.role, office: user.office },
        },
        { type: 'user.key_registered', caseId: null, payload: { userId: user.id, publicKey: key.publicKey } },
      ],
    };
  }).catch((error: unknown) => {
    if (isUniqueViolation(error))
      return fail<UserSummary>(
        'CONFLICT',
        `A user named "${user.name}" already exists; choose another name.`,
        { field: 'name' },
      );
    throw error;
  });
  return result;
}

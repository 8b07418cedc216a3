// The synthetic office's users, made through the live service path (createUser, declineCategory) on the synthetic
// clock, so their accounts, keys, key registrations and standing objections are ordinary records and events.
import { randomBytes } from 'node:crypto';
import { AppError, type Result } from '../../domain/errors.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import type { AppContext } from '../../server/app-context.ts';
import type { UsersTable } from '../../server/db/schema.ts';
import { signerFor, type Signer } from '../../server/ledger/signing-keys.ts';
import { findDeclinedCategories } from '../../server/objections/objection.repository.ts';
import { declineCategory } from '../../server/objections/objection.service.ts';
import { DEMO_PASSWORD } from '../../server/users/demo-password.ts';
import { createUser } from '../../server/users/user.service.ts';
import { findUserById, findUserByName } from '../../server/users/user.repository.ts';
import { buildSeedStaff, type SeedStaff } from './seed-staff.ts';
import { CATEGORY_OBJECTIONS, syntheticUserSpecs } from './synthetic-world.ts';

/** When the synthetic staff's accounts were opened (before the first MPP enrolment). */
export const SYNTHETIC_STAFF_SINCE = '2019-01-07T15:00:00.000Z';

/** The staff and a signer for each of them. */
export interface SeedSigners {
  staff: SeedStaff;
  signers: ReadonlyMap<string, Signer>;
  /** The synthetic users' key rows, for signing workers. */
  keyRows: ReadonlyArray<Pick<UsersTable, 'id' | 'public_key' | 'private_key'>>;
}

function unwrapOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

/** Makes sure every synthetic user exists (creating the missing ones) with its standing objections, and opens
 * their signers. `demo` gives them the published demo password, which marks the store as a demo store with the
 * first of them; `random` an unguessable one nobody is told. */
export async function ensureSyntheticStaff(
  app: AppContext,
  passwords: 'demo' | 'random',
): Promise<SeedSigners> {
  const { db } = app.database;
  const ids = new Map<string, string>();
  const atStart = { ...app, now: () => SYNTHETIC_STAFF_SINCE };
  for (const spec of syntheticUserSpecs()) {
    const existing = await findUserByName(db, spec.name);
    if (existing) {
      if (existing.role !== spec.role || existing.office !== spec.office || existing.disabled_at !== null) {
        const found = `${existing.disabled_at === null ? '' : 'disabled '}${existing.role}${existing.office ? ` of ${existing.office}` : ''}`;
        throw new AppError(
          'CONFLICT',
          `A user named "${spec.name}" already exists (${found}); the synthetic office needs that name for an active ${spec.role}${spec.office ? ` of ${spec.office}` : ''}. Seed into another data directory.`,
          { name: spec.name },
        );
      }
      ids.set(spec.name, existing.id);
      continue;
    }
    const password = passwords === 'demo' ? DEMO_PASSWORD : randomBytes(24).toString('base64url');
    ids.set(
      spec.name,
      unwrapOrThrow(
        await createUser(
          atStart,
          SYSTEM_ACTOR_ID,
          { name: spec.name, role: spec.role, office: spec.office, password },
          { allowDemoPassword: passwords === 'demo' },
        ),
      ).id,
    );
  }
  for (const objection of CATEGORY_OBJECTIONS) {
    const officerId = ids.get(objection.name)!;
    if ((await findDeclinedCategories(db, officerId)).includes(objection.category)) continue;
    unwrapOrThrow(
      await declineCategory({ ...app, now: () => objection.at }, officerId, {
        category: objection.category,
        reason: objection.reason,
      }),
    );
  }
  const signers = new Map<string, Signer>();
  const keyRows: Array<Pick<UsersTable, 'id' | 'public_key' | 'private_key'>> = [];
  for (const id of ids.values()) {
    const row = await findUserById(db, id);
    if (!row) throw new Error(`synthetic user ${id} vanished`);
    signers.set(id, signerFor(row, app.masterKey));
    keyRows.push({ id: row.id, public_key: row.public_key, private_key: row.private_key });
  }
  return { staff: buildSeedStaff(ids), signers, keyRows };
}

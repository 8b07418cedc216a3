// The log's outside witnesses: registered by name and cosignature verifier key (c2sp.org/tlog-cosignature), each
// cosignature checked against the stored checkpoint it claims to cosign before it is kept beside it.
import { AppError, fail, ok, type Result } from '../../domain/errors.ts';
import {
  cosignatureBy,
  ED25519_COSIGNATURE,
  parseCheckpoint,
  parseVerifierKey,
  signatureLine,
} from '../../domain/ledger/signed-note.ts';
import type { AppContext } from '../app-context.ts';
import { inTransaction } from '../db/transaction.ts';
import { findCheckpoint } from './checkpoint.repository.ts';

/** Registers a witness by name and its cosignature/v1 verifier key (`<name>+<key id>+<base64 of 0x04 || key>`). */
export async function addWitness(
  app: AppContext,
  name: string,
  vkey: string,
): Promise<Result<{ name: string }>> {
  const key = parseVerifierKey(vkey);
  if (!key || key.type !== ED25519_COSIGNATURE || key.name !== name)
    return fail(
      'VALIDATION_FAILED',
      `The witness key is not a cosignature/v1 verifier key named "${name}" (<name>+<key id hex>+<base64 of 0x04 and the Ed25519 key>): ask the witness for its vkey.`,
      { field: 'vkey' },
    );
  const existing = await app.database.db
    .selectFrom('ledger_witnesses')
    .select('name')
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) return fail('CONFLICT', `A witness named "${name}" is already registered.`, { name });
  await inTransaction(app.database, (trx) =>
    trx.insertInto('ledger_witnesses').values({ name, vkey: vkey.trim(), added_at: app.now() }).execute(),
  );
  return ok({ name });
}

/** Accepts a checkpoint cosigned by registered witnesses: authenticated by the cosignature itself, which must verify
 * over the body of a checkpoint this log signed. Keeps each valid cosignature beside its checkpoint. */
export async function acceptCosignedCheckpoint(
  app: AppContext,
  note: string,
): Promise<Result<{ witness: string; treeSize: number; timestamp: number }[]>> {
  const checkpoint = parseCheckpoint(note);
  if (!checkpoint)
    return fail(
      'VALIDATION_FAILED',
      'The body is not a signed checkpoint note: send the checkpoint as the log served it, with your cosignature line appended.',
      { field: 'checkpoint' },
    );
  const stored = await findCheckpoint(app.database.db, checkpoint.size);
  const storedBody = stored && parseCheckpoint(stored.note)?.body;
  if (storedBody !== checkpoint.body)
    return fail(
      'VALIDATION_FAILED',
      `This log signed no checkpoint with this body at size ${checkpoint.size}: cosign a checkpoint fetched from GET /api/v1/ledger/checkpoint.`,
      { field: 'checkpoint' },
    );
  const witnesses = await app.database.db.selectFrom('ledger_witnesses').selectAll().execute();
  const accepted: { witness: string; treeSize: number; timestamp: number; line: string }[] = [];
  for (const witness of witnesses) {
    const key = parseVerifierKey(witness.vkey);
    const cosigned = key && (await cosignatureBy(checkpoint, key));
    const line = key && checkpoint.signatures.find((s) => s.name === key.name);
    if (cosigned && key && line)
      accepted.push({
        witness: witness.name,
        treeSize: checkpoint.size,
        timestamp: cosigned.timestamp,
        line: signatureLine(key.name, line.keyId, line.signature).slice(0, -1),
      });
  }
  if (accepted.length === 0)
    return {
      ok: false,
      error: new AppError(
        'FORBIDDEN',
        'No valid cosignature of a registered witness is on this checkpoint: register the witness with `refuge ledger witness add`, and sign the checkpoint\u2019s body with cosignature/v1.',
      ),
    };
  await inTransaction(app.database, async (trx) => {
    for (const a of accepted)
      await trx
        .insertInto('ledger_cosignatures')
        .values({
          id: `${a.treeSize}:${a.witness}`,
          tree_size: a.treeSize,
          witness: a.witness,
          signature_line: a.line,
          signed_at: a.timestamp,
          received_at: app.now(),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
  });
  return ok(accepted.map(({ witness, treeSize, timestamp }) => ({ witness, treeSize, timestamp })));
}

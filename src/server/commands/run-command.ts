// The service path of every change: one transaction that loads, calls a pure transition, persists the new state
// and appends the signed events; a rejection rolls everything back and comes back as a value.
import type { Actor, CommandContext } from '../../domain/actor.ts';
import { AppError, fail, ok, type Result } from '../../domain/errors.ts';
import { DomainEventSchema, type DomainEvent } from '../../domain/events/event-catalogue.ts';
import type { AppContext } from '../app-context.ts';
import { inTransaction, type Transaction } from '../db/transaction.ts';
import { appendEvents } from '../ledger/ledger.repository.ts';
import { signerFor } from '../ledger/signing-keys.ts';
import { getActorRow } from '../users/user.repository.ts';

/** What a command's work returns: its value and the events to record. */
export interface CommandOutput<T> {
  value: T;
  events: DomainEvent[];
}

class Rejection extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/** Unwraps a transition's result inside a command, turning a rejection into a rollback. */
export function accept<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Rejection(result.error);
}

/** Runs one command as `actorId`: all its writes and its signed ledger events commit together, or nothing does. */
export async function runCommand<T>(
  app: AppContext,
  actorId: string,
  work: (trx: Transaction, ctx: CommandContext) => Promise<CommandOutput<T>>,
): Promise<Result<T>> {
  try {
    const value = await inTransaction(app.database, async (trx) => {
      const row = await getActorRow(trx, actorId);
      if (!row || row.disabled_at !== null)
        throw new Rejection(
          new AppError(
            'UNAUTHENTICATED',
            'Your account is unknown or disabled; sign in again or ask an administrator.',
          ),
        );
      const actor: Actor = { id: row.id, role: row.role as Actor['role'], office: row.office };
      const ctx: CommandContext = { actor, now: app.now() };
      const output = await work(trx, ctx);
      const events = output.events.map((e) => DomainEventSchema.parse(e));
      await appendEvents(
        app.database,
        trx,
        signerFor(row, app.masterKey),
        events.map((e) => ({ type: e.type, caseId: e.caseId, payload: e.payload, occurredAt: ctx.now })),
      );
      return output.value;
    });
    return ok(value);
  } catch (error) {
    if (error instanceof Rejection) return fail(error.error.code, error.error.message, error.error.details);
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}

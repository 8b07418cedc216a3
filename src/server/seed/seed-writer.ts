// The bulk half of the seeder: a batch of cases run in memory becomes multi-row inserts through the repositories
// and ledger appends, all in one transaction. Events keep each case's order; across the batch they go step by step
// (every case's first command, then every case's second...), so consecutive events share an actor and one
// appendEvents call signs a long run of them with that actor's key.
import type { Signer } from '../ledger/signing-keys.ts';
import { appendEvents, type LedgerEventInput } from '../ledger/ledger.repository.ts';
import type { AppContext } from '../app-context.ts';
import { insertCases } from '../cases/case.repository.ts';
import { insertProceedings } from '../court/proceeding.repository.ts';
import { insertRepresentations } from '../court/representation.repository.ts';
import { inTransaction, type Transaction } from '../db/transaction.ts';
import { insertFlags } from '../flags/flag.repository.ts';
import { insertHarmReports } from '../harm/harm-report.repository.ts';
import { insertObjections } from '../objections/objection.repository.ts';
import { insertPersons } from '../people/person.repository.ts';
import { insertScreenings } from '../screenings/screening.repository.ts';
import type { SeededCase } from './case-run.ts';

/** Stores the batch's rows and appends its events in one transaction; returns the number of events appended. */
export async function writeSeedBatch(
  app: AppContext,
  signers: ReadonlyMap<string, Signer>,
  cases: readonly SeededCase[],
): Promise<number> {
  return inTransaction(app.database, async (trx) => {
    await insertRows(trx, cases);
    return appendSteps(app, trx, signers, cases);
  });
}

// Parents before children: the foreign keys are checked statement by statement.
async function insertRows(trx: Transaction, cases: readonly SeededCase[]): Promise<void> {
  await insertPersons(
    trx,
    cases.flatMap((c) => (c.person ? [c.person] : [])),
  );
  await insertCases(
    trx,
    cases.map((c) => c.record),
  );
  await insertScreenings(
    trx,
    cases.flatMap((c) => c.screenings),
  );
  await insertProceedings(
    trx,
    cases.flatMap((c) => c.proceedings),
  );
  await insertRepresentations(
    trx,
    cases.flatMap((c) => c.representations),
  );
  await insertHarmReports(
    trx,
    cases.flatMap((c) => c.harmReports),
  );
  await insertFlags(
    trx,
    cases.flatMap((c) => c.flags),
  );
  await insertObjections(
    trx,
    cases.flatMap((c) => c.objections),
  );
}

async function appendSteps(
  app: AppContext,
  trx: Transaction,
  signers: ReadonlyMap<string, Signer>,
  cases: readonly SeededCase[],
): Promise<number> {
  let appended = 0;
  const longest = cases.reduce((max, c) => Math.max(max, c.steps.length), 0);
  for (let index = 0; index < longest; index++) {
    const byActor = new Map<string, LedgerEventInput[]>();
    for (const seeded of cases) {
      const step = seeded.steps[index];
      if (!step) continue;
      let run = byActor.get(step.actor.id);
      if (!run) byActor.set(step.actor.id, (run = []));
      for (const event of step.events)
        run.push({ type: event.type, caseId: event.caseId, payload: event.payload, occurredAt: step.at });
    }
    for (const [actorId, inputs] of byActor) {
      const signer = signers.get(actorId);
      if (!signer) throw new Error(`no signer for synthetic actor ${actorId}`);
      appended += (await appendEvents(app.database, trx, signer, inputs)).length;
    }
  }
  return appended;
}

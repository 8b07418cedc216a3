// The bulk half of the seeder: a batch of cases run in memory becomes multi-row inserts through the repositories
// and one ledger append, all in one transaction. Events keep each case's order; across the batch they go step by
// step (every case's first command, then every case's second...). Each event is signed by its acting user, in one
// batch that a pool of worker threads can sign in parallel.
import {
  appendEventsOfActors,
  type ActorEventInput,
  type BatchSigner,
} from '../../server/ledger/ledger.repository.ts';
import type { AppContext } from '../../server/app-context.ts';
import { insertCases } from '../../server/cases/case.repository.ts';
import { insertProceedings } from '../../server/court/proceeding.repository.ts';
import { insertRepresentations } from '../../server/court/representation.repository.ts';
import { inTransaction, type Transaction } from '../../server/db/transaction.ts';
import { insertFlags } from '../../server/flags/flag.repository.ts';
import { insertHarmReports } from '../../server/harm/harm-report.repository.ts';
import { insertObjections } from '../../server/objections/objection.repository.ts';
import { insertPersons } from '../../server/people/person.repository.ts';
import { insertScreenings } from '../../server/screenings/screening.repository.ts';
import type { SeededCase } from './case-run.ts';

/** Stores the batch's rows and appends its events in one transaction; returns the number of events appended. */
export async function writeSeedBatch(
  app: AppContext,
  signAll: BatchSigner,
  cases: readonly SeededCase[],
): Promise<number> {
  return inTransaction(app.database, async (trx) => {
    await insertRows(trx, cases);
    return (await appendEventsOfActors(app.database, trx, stepByStep(cases), signAll)).length;
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

function stepByStep(cases: readonly SeededCase[]): ActorEventInput[] {
  const inputs: ActorEventInput[] = [];
  const longest = cases.reduce((max, c) => Math.max(max, c.steps.length), 0);
  for (let index = 0; index < longest; index++) {
    for (const seeded of cases) {
      const step = seeded.steps[index];
      if (!step) continue;
      for (const event of step.events)
        inputs.push({
          type: event.type,
          caseId: event.caseId,
          payload: event.payload,
          occurredAt: step.at,
          actorId: step.actor.id,
        });
    }
  }
  return inputs;
}

// Measures the office model's refresh on SQLite and PostgreSQL (a fresh store each, seeded with
// BENCH_OFFICE_CASES synthetic cases, default 2,000): the full build, the freshness check a statistics request
// makes when nothing changed (alone, and with the read connection it then opens), the refresh after one case act
// and after one act of no case, one statistic, and saving the file. Prints a table; writes nothing else.
// Run: npx tsx bench/office-refresh.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startThrowawayCluster } from '../test/postgres-cluster.ts';
import { createAppContext, type AppContext } from '../src/server/app-context.ts';
import { recordEncounter } from '../src/server/cases/case.service.ts';
import { getHead } from '../src/server/ledger/ledger.repository.ts';
import { declineCategory } from '../src/server/objections/objection.service.ts';
import { findUsersByRole } from '../src/server/users/user.repository.ts';
import { seedCases } from '../src/synthetic/office/seed.service.ts';
import {
  closeOfficeModel,
  officeModelOf,
  withFreshOfficeModel,
} from '../src/server/analytics/office/office-analytics.ts';
import { getOfficeStatistics } from '../src/server/analytics/office/statistics/office-statistics.service.ts';

const CASES = Number(process.env.BENCH_OFFICE_CASES ?? 2000);

const ms = async (work: () => Promise<unknown>): Promise<number> => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await ms(work));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function measure(app: AppContext): Promise<Record<string, number>> {
  const seeded = await seedCases(app, { cases: CASES, seed: 1, passwords: 'demo' });
  if (!seeded.ok) throw seeded.error;
  const model = await officeModelOf(app);
  const figures: Record<string, number> = {};
  figures['full build'] = await ms(() => model.refresh({ full: true }));
  figures['no-op: ledger head read'] = await median(2001, () => getHead(app.database.db));
  figures['no-op: freshness check + read connection'] = await median(2001, () =>
    withFreshOfficeModel(app, () => Promise.resolve()),
  );
  const [intake] = await findUsersByRole(app.database.db, 'intake');
  const [officer] = await findUsersByRole(app.database.db, 'officer');
  let n = 0;
  const caseAct = async () => {
    const opened = await recordEncounter(app, intake!.id, {
      person: {
        aNumber: String(290_000_000 + n++),
        familyName: 'SYNTHETIC',
        givenName: 'BENCH',
        nationality: 'HN',
      },
      office: intake!.office ?? 'ELP',
      track: 'expedited_removal',
      encounter: { at: '2019-08-01T10:00:00Z', place: 'El Paso', arrivedByLandFromMexico: true },
      isSynthetic: true,
    });
    if (!opened.ok) throw opened.error;
  };
  const caselessAct = async () => {
    const declined = await declineCategory(app, officer!.id, {
      category: 'reasonable_fear',
      reason: 'Bench',
    });
    if (!declined.ok) throw declined.error;
  };
  const afterAct = async (act: () => Promise<void>) => {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      await act();
      times.push(await ms(() => withFreshOfficeModel(app, () => Promise.resolve())));
    }
    return times.sort((a, b) => a - b)[10]!;
  };
  figures['refresh after one case act'] = await afterAct(caseAct);
  figures['refresh after one act of no case'] = await afterAct(caselessAct);
  figures['one statistic (screenings), fresh'] = await median(101, () =>
    getOfficeStatistics(app, 'screenings', { office: null, fiscalYear: null }, 'public'),
  );
  figures['save the file'] = await ms(async () => {
    await model.refresh({ full: true }); // something to save
    await model.persist();
  });
  await closeOfficeModel(app);
  return figures;
}

const results: Record<string, Record<string, number>> = {};
const sqliteDir = mkdtempSync(join(tmpdir(), 'refuge-office-bench-'));
try {
  const app = await createAppContext({ dataDir: sqliteDir, databaseUrl: undefined });
  results.sqlite = await measure(app);
  await app.database.close();
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
}
const cluster = await startThrowawayCluster();
const pgDir = mkdtempSync(join(tmpdir(), 'refuge-office-bench-'));
try {
  const app = await createAppContext({ dataDir: pgDir, databaseUrl: cluster.url });
  results.postgres = await measure(app);
  await app.database.close();
} finally {
  rmSync(pgDir, { recursive: true, force: true });
  await cluster.stop();
}
process.stdout.write(`office model, ${CASES.toLocaleString('en-US')} seeded cases (median ms)\n`);
for (const key of Object.keys(results.sqlite))
  process.stdout.write(
    `${key.padEnd(44)} sqlite ${results.sqlite[key]!.toFixed(3).padStart(10)}   postgres ${results.postgres[key]!.toFixed(3).padStart(10)}\n`,
  );

// Our own records in the analytical model, for this process: the office model of an app context (opened once),
// figures read from it right after a refresh that brings it up to the store's latest act, and
// `refuge analytics refresh` (also run by the server every minute), which refreshes and saves it to
// <dataDir>/office-analytics.duckdb.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AppContext } from '../../app-context.ts';
import { getHead } from '../../ledger/ledger.repository.ts';
import {
  OfficeModel,
  officeAnalyticsPath,
  type RefreshOptions,
  type RefreshSummary,
} from './model/office-model.ts';

export { officeAnalyticsPath, type RefreshSummary };

// Weak: a test world's context that is thrown away takes its model with it.
const models = new WeakMap<AppContext, Promise<OfficeModel>>();

/** The office model of this app context, opened (from its saved file, if current) on first use. */
export function officeModelOf(app: AppContext): Promise<OfficeModel> {
  let model = models.get(app);
  if (!model) {
    model = OfficeModel.open(app);
    models.set(app, model);
    model.catch(() => models.delete(app));
  }
  return model;
}

/** Refreshes the model (incrementally unless `full`) and saves it to its file if it changed. */
export async function refreshOfficeAnalytics(
  app: AppContext,
  options: RefreshOptions = {},
): Promise<RefreshSummary> {
  const model = await officeModelOf(app);
  const summary = await model.refresh(options);
  await model.persist();
  return summary;
}

/** What a read of fresh figures was current with: the moment the model was found up to date with the store. */
export interface Freshness {
  readonly checkedAt: string;
}

/**
 * Runs `use` on a read connection to a model that includes every act committed before this call, as of its moment:
 * if the ledger head moved past the model's watermark, or a deadline passed since its last refresh (a dissent turned
 * overdue), it waits for a refresh (joining one under way, and starting another if that one began before this call).
 * When nothing changed, the cost is one read of the ledger head row.
 */
export async function withFreshOfficeModel<T>(
  app: AppContext,
  use: (connection: DuckDBConnection, freshness: Freshness) => Promise<T>,
): Promise<T> {
  const head = await getHead(app.database.db);
  const now = app.now();
  const model = await officeModelOf(app);
  for (;;) {
    const mark = model.watermark;
    const hasHead =
      mark !== null && (mark.seq > head.seq || (mark.seq === head.seq && mark.hash === head.hash));
    if (hasHead && model.isCurrentAt(now)) break;
    await model.refresh();
  }
  const freshness: Freshness = { checkedAt: app.now() };
  const connection = await model.connect();
  try {
    return await use(connection, freshness);
  } finally {
    connection.closeSync();
  }
}

/** Closes the app context's model, if one is open (tests, shutdown). */
export async function closeOfficeModel(app: AppContext): Promise<void> {
  const model = models.get(app);
  models.delete(app);
  if (model) await (await model.catch(() => undefined))?.close();
}

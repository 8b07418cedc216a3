// The office model one process holds: an in-memory DuckDB database, loaded from <dataDir>/office-analytics.duckdb
// when that file is of the current version, and kept current from the store.
//
// - The watermark is the ledger head (seq and hash). Every change to the store appends a signed event in the same
//   transaction, and the head's lock orders them by commit, so "nothing changed" is one read of the head row, and
//   what changed is the set of cases named by the events after the watermark (acts of no case are re-read whole).
// - Time passing appends no event, yet turns an unanswered dissent overdue: a refresh notes the first moment its rows
//   would change so (`validUntil`), and a model read after that moment re-reads the acts of no case.
// - A refresh stages the new rows, then replaces the changed cases' rows in every table in one DuckDB transaction:
//   readers on other connections see the model before or after it, never half of it. Refreshes are single-flight.
// - `persist` writes the model aside and renames it over the file, so restarts, the CLI and other readers of the
//   file get a whole model; each API node keeps its own.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { AppContext } from '../../../app-context.ts';
import { findCaseIdPage } from '../../../cases/case-export.repository.ts';
import { getHead, type LedgerHead } from '../../../ledger/ledger.repository.ts';
import { openDuckDb, queryRows, sqlString, type DuckDbHandle } from '../../duckdb.ts';
import {
  appendRows,
  createStageSql,
  createTableSql,
  insertFromStageSql,
  META_SCHEMA,
  MODEL_SCHEMA,
  modelTableSql,
  stageAppender,
  stageTableSql,
} from './model-staging.ts';
import type { ModelTable } from './model-table.ts';
import { OFFICE_EXPORTERS, OFFICE_MODEL_VERSION, OFFICE_TABLES } from './office-exporters.ts';
import { findCasesChangedBetween, findEventHash, loadOfficeCaseBatch } from './office-export.repository.ts';

/** The office model's file inside a data directory. */
export const officeAnalyticsPath = (dataDir: string): string => join(dataDir, 'office-analytics.duckdb');

/** What a refresh did ('incremental' with nothing read: only a deadline passed). */
export interface RefreshSummary {
  mode: 'full' | 'incremental' | 'unchanged';
  /** Rows in office_model.cases after the refresh. */
  cases: number;
  /** Cases read from the store in this refresh. */
  read: number;
  /** The ledger position the model is now current with. */
  watermark: string | null;
}

/** Refresh options: `full` ignores the watermark and rebuilds every row. */
export interface RefreshOptions {
  full?: boolean;
  onProgress?: (read: number) => void;
}

const BATCH = 1000;
const sameHead = (a: LedgerHead | null, b: LedgerHead): boolean => a?.seq === b.seq && a.hash === b.hash;
const watermarkText = (head: LedgerHead | null): string | null => (head ? `ledger event ${head.seq}` : null);

async function createSchema(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    `DROP SCHEMA IF EXISTS ${MODEL_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${META_SCHEMA} CASCADE;
     CREATE SCHEMA ${MODEL_SCHEMA}; CREATE SCHEMA ${META_SCHEMA};
     CREATE TABLE ${META_SCHEMA}.refresh (model_version INTEGER, ledger_seq BIGINT, ledger_hash VARCHAR, refreshed_at VARCHAR)`,
  );
  for (const table of OFFICE_TABLES) await connection.run(createTableSql(table));
}

/** A saved model's position: its ledger head and the moment its rows were true of. */
interface SavedPosition {
  head: LedgerHead;
  refreshedAt: string;
}

// The saved model, if it is of this version; anything else (missing, older, unreadable) is rebuilt from the store.
async function loadSaved(connection: DuckDBConnection, path: string): Promise<SavedPosition | null> {
  if (!existsSync(path)) return null;
  try {
    await connection.run(`ATTACH ${sqlString(path)} AS saved (READ_ONLY)`);
  } catch {
    return null;
  }
  try {
    const meta = (
      await queryRows(
        connection,
        `SELECT model_version, ledger_seq, ledger_hash, refreshed_at FROM saved.${META_SCHEMA}.refresh LIMIT 1`,
      )
    )[0];
    if (!meta || Number(meta.model_version) !== OFFICE_MODEL_VERSION) return null;
    await connection.run('COPY FROM DATABASE saved TO memory');
    return {
      head: { seq: Number(meta.ledger_seq), hash: String(meta.ledger_hash) },
      refreshedAt: String(meta.refreshed_at),
    };
  } catch {
    return null;
  } finally {
    await connection.run('DETACH saved');
  }
}

/** The model of one app context. Open with `OfficeModel.open`; close when done. */
export class OfficeModel {
  #watermark: LedgerHead | null;
  // Until when the rows stay true with no new act (null: until one). Loaded from the file: its refresh's moment,
  // since what comes due after it was not saved (a due date would date its dissent's filing to the millisecond).
  #validUntil: string | null;
  #hasUnsavedRows = false;
  #pending: Promise<RefreshSummary> | null = null;
  #tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly app: AppContext,
    private readonly handle: DuckDbHandle,
    saved: SavedPosition | null,
  ) {
    this.#watermark = saved?.head ?? null;
    this.#validUntil = saved?.refreshedAt ?? null;
  }

  /** Opens the model: the saved file when it is current in version, an empty model otherwise (the first refresh fills it). */
  static async open(app: AppContext): Promise<OfficeModel> {
    const handle = await openDuckDb(':memory:');
    try {
      const saved = await loadSaved(handle.connection, officeAnalyticsPath(app.dataDir));
      if (!saved) await createSchema(handle.connection);
      return new OfficeModel(app, handle, saved);
    } catch (error) {
      handle.close();
      throw error;
    }
  }

  /** The ledger position the model is current with (null before its first refresh). */
  get watermark(): LedgerHead | null {
    return this.#watermark;
  }

  /** Are the rows true at `now` (no deadline passed since the last refresh)? The ledger head is the other half. */
  isCurrentAt(now: string): boolean {
    return this.#validUntil === null || now <= this.#validUntil;
  }

  /** Brings the model up to the store's current ledger head and clock; joins a refresh already under way (single-flight). */
  refresh(options: RefreshOptions = {}): Promise<RefreshSummary> {
    if (this.#pending && !options.full) return this.#pending;
    const run = this.#exclusive(() => this.#refresh(options)).finally(() => {
      if (this.#pending === run) this.#pending = null;
    });
    this.#pending = run;
    return run;
  }

  /** Saves the model to its file if it changed since it was loaded or last saved; true when it wrote. */
  persist(): Promise<boolean> {
    return this.#exclusive(async () => {
      const path = officeAnalyticsPath(this.app.dataDir);
      if (this.#watermark === null || (!this.#hasUnsavedRows && existsSync(path))) return false;
      const temp = `${path}.new-${process.pid}`;
      rmSync(temp, { force: true });
      rmSync(`${temp}.wal`, { force: true });
      const connection = this.handle.connection;
      await connection.run(`ATTACH ${sqlString(temp)} AS saving`);
      try {
        await connection.run('COPY FROM DATABASE memory TO saving');
      } finally {
        await connection.run('DETACH saving');
      }
      renameSync(temp, path);
      this.#hasUnsavedRows = false;
      return true;
    });
  }

  /** A new read connection (close it when done); it sees the model as of the last committed refresh. */
  connect(): Promise<DuckDBConnection> {
    return this.handle.instance.connect();
  }

  /** Closes the model once any refresh or save under way has finished. */
  async close(): Promise<void> {
    await this.#tail;
    this.handle.close();
  }

  // Runs work after everything queued before it (refreshes and saves share the writer connection).
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(work, work);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  async #countCases(): Promise<number> {
    const rows = await queryRows(this.handle.connection, `SELECT count(*) AS n FROM ${MODEL_SCHEMA}.cases`);
    return Number(rows[0]?.n ?? 0);
  }

  // Incremental when the ledger the watermark names is still the store's (a restored store is rebuilt in full).
  async #canContinueFrom(watermark: LedgerHead | null, head: LedgerHead): Promise<boolean> {
    if (watermark === null || watermark.seq === 0 || watermark.seq > head.seq) return false;
    return (await findEventHash(this.app.database.db, watermark.seq)) === watermark.hash;
  }

  async #refresh(options: RefreshOptions): Promise<RefreshSummary> {
    const db = this.app.database.db;
    const head = await getHead(db); // read first: later changes go to the next refresh
    const asOf = this.app.now();
    const previous = this.#watermark;
    if (!options.full && sameHead(previous, head) && this.isCurrentAt(asOf))
      return { mode: 'unchanged', cases: await this.#countCases(), read: 0, watermark: watermarkText(head) };
    const isIncremental = !options.full && (await this.#canContinueFrom(previous, head));
    const connection = this.handle.connection;
    await connection.run(OFFICE_TABLES.map(createStageSql).join(';\n'));
    const appenders = new Map<ModelTable, DuckDBAppender>();
    for (const table of OFFICE_TABLES) appenders.set(table, await stageAppender(connection, table));
    let read = 0;
    let validUntil: string | null = null;
    try {
      const exportCases = async (ids: readonly string[]) => {
        const batch = await loadOfficeCaseBatch(db, ids);
        for (const exporter of OFFICE_EXPORTERS)
          if (exporter.grain === 'case')
            appendRows(appenders.get(exporter.table)!, exporter.table, exporter.rows(batch));
        read += ids.length;
        options.onProgress?.(read);
      };
      let changed: string[] = [];
      if (isIncremental) {
        changed = await findCasesChangedBetween(db, previous!.seq, head.seq);
        for (let i = 0; i < changed.length; i += BATCH) await exportCases(changed.slice(i, i + BATCH));
      } else {
        for (
          let ids = await findCaseIdPage(db, '', BATCH);
          ids.length > 0;
          ids = await findCaseIdPage(db, ids.at(-1)!, BATCH)
        )
          await exportCases(ids);
      }
      for (const exporter of OFFICE_EXPORTERS)
        if (exporter.grain === 'caseless') {
          const { rows, changesAt } = await exporter.load(db, asOf);
          appendRows(appenders.get(exporter.table)!, exporter.table, rows);
          if (changesAt !== null && (validUntil === null || changesAt < validUntil)) validUntil = changesAt;
        }
      for (const appender of appenders.values()) appender.closeSync();
      appenders.clear();
      await this.#replaceRows(isIncremental ? changed : null, head, asOf);
    } finally {
      for (const appender of appenders.values()) appender.closeSync();
      await connection.run(
        [
          ...OFFICE_TABLES.map((table) => `DROP TABLE IF EXISTS ${stageTableSql(table)}`),
          'DROP TABLE IF EXISTS temp.main.changed_cases',
        ].join(';\n'),
      );
    }
    this.#watermark = head;
    this.#validUntil = validUntil;
    this.#hasUnsavedRows = true;
    return {
      mode: isIncremental ? 'incremental' : 'full',
      cases: await this.#countCases(),
      read,
      watermark: watermarkText(head),
    };
  }

  // Swaps the staged rows in: the changed cases' rows and every caseless row (or, in full, every row) are replaced.
  async #replaceRows(changed: readonly string[] | null, head: LedgerHead, asOf: string): Promise<void> {
    const connection = this.handle.connection;
    if (changed !== null) {
      await connection.run('CREATE OR REPLACE TEMP TABLE changed_cases (case_id VARCHAR)');
      const appender = await connection.createAppender('changed_cases', 'main', 'temp');
      for (const id of changed) {
        appender.appendVarchar(id);
        appender.endRow();
      }
      appender.closeSync();
    }
    const replace = OFFICE_TABLES.flatMap((table) => [
      changed === null
        ? `DELETE FROM ${modelTableSql(table)}`
        : `DELETE FROM ${modelTableSql(table)} WHERE case_id IS NULL OR case_id IN (SELECT case_id FROM temp.main.changed_cases)`,
      insertFromStageSql(table),
    ]);
    const meta = `DELETE FROM ${META_SCHEMA}.refresh; INSERT INTO ${META_SCHEMA}.refresh VALUES (${OFFICE_MODEL_VERSION}, ${head.seq}, ${sqlString(head.hash)}, ${sqlString(asOf)})`;
    await connection.run('BEGIN TRANSACTION');
    try {
      await connection.run([...replace, meta, 'COMMIT'].join(';\n'));
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined); // nothing to undo if the failure ended it
      throw error;
    }
  }
}

// Runs the model's steps one at a time on one connection, each as soon as the raw tables it reads are loaded and
// the steps it follows are done. The importer tells it which tables are loaded while other files still load, so
// most of the build overlaps the load; buildEoirModel tells it everything is loaded at once.
import type { DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../../../domain/errors.ts';
import { MODEL_STEPS, type ModelStep } from './model-steps.ts';
import { WORK_TABLES } from './sql-fragments.ts';

/** A finished step of the build: its name, and the share of the build done (0-1, by measured step weights). */
export interface ModelStepDone {
  readonly step: string;
  readonly fraction: number;
}

const TOTAL_WEIGHT = MODEL_STEPS.reduce((total, step) => total + step.weight, 0);

/** A build of eoir_model in progress; create it with `startModelBuild`. */
export class ModelBuildSchedule {
  private readonly loaded = new Set<string>();
  private readonly done = new Set<string>();
  private weightDone = 0;
  private running: Promise<void> | undefined;
  private failure: Error | undefined;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly onStep?: (progress: ModelStepDone) => void,
  ) {
    this.pump();
  }

  /** Marks a raw table as loaded (name as in MODEL_INPUT_COLUMNS, any case) and starts the steps now ready. */
  markLoaded(table: string): void {
    this.loaded.add(table.toLowerCase());
    this.pump();
  }

  /** The failure of a step, once one has failed (the build then runs nothing more). */
  get failed(): Error | undefined {
    return this.failure;
  }

  /** Marks every table loaded, waits for the remaining steps and drops the work tables; rethrows a step's failure. */
  async finish(): Promise<void> {
    for (const step of MODEL_STEPS) for (const table of step.reads) this.loaded.add(table.toLowerCase());
    try {
      this.pump();
      while (this.failure === undefined && this.done.size < MODEL_STEPS.length) {
        await new Promise<void>((resolve) => this.waiters.push(resolve));
      }
      if (this.failure !== undefined) throw this.failure;
    } finally {
      await this.running?.catch(() => undefined);
      await dropWorkTables(this.connection);
    }
  }

  /** Resolves once no step is running and none is ready (the build waits for tables, has failed, or is done). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** Waits for the running step, if any, without reporting its outcome (before closing after a failure). */
  async settle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private pump(): void {
    if (this.running || this.failure !== undefined) return;
    const step = MODEL_STEPS.find((candidate) => this.isReady(candidate));
    if (!step) return this.wake();
    this.running = runStep(this.connection, step).then(
      () => {
        this.done.add(step.name);
        this.weightDone += step.weight;
        this.running = undefined;
        this.onStep?.({ step: step.name, fraction: this.weightDone / TOTAL_WEIGHT });
        this.pump();
      },
      (error: unknown) => {
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.running = undefined;
        this.wake();
      },
    );
  }

  private isReady(step: ModelStep): boolean {
    return (
      !this.done.has(step.name) &&
      step.reads.every((table) => this.loaded.has(table.toLowerCase())) &&
      step.after.every((name) => this.done.has(name))
    );
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Creates (or recreates) the eoir_model schema and returns the schedule of its steps on `connection`. */
export async function startModelBuild(
  connection: DuckDBConnection,
  onStep?: (progress: ModelStepDone) => void,
): Promise<ModelBuildSchedule> {
  await connection.run('DROP SCHEMA IF EXISTS eoir_model CASCADE');
  await connection.run('CREATE SCHEMA eoir_model');
  return new ModelBuildSchedule(connection, onStep);
}

async function runStep(connection: DuckDBConnection, step: ModelStep): Promise<void> {
  try {
    await connection.run(step.run);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('IMPORT_FAILED', `Building the court-data model (${step.name}) failed: ${reason}`, {
      table: step.name,
    });
  }
}

async function dropWorkTables(connection: DuckDBConnection): Promise<void> {
  for (const name of Object.values(WORK_TABLES)) await connection.run(`DROP TABLE IF EXISTS ${name}`);
}

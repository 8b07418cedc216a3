// Progress of an import as one share of the whole job that never goes back: each file's byte pass and DuckDB
// load by bytes, the model build by its steps' measured weights, and the final checkpoint, each weighted by its
// measured share of the import's time (README: "Where the time goes"). The model build overlaps the load, so both
// advance together; an ETA taken from `fraction` covers the whole import, the model build included.
import type { DuckDBConnection } from '@duckdb/node-api';

/** A snapshot for progress bars: the share of the import done, bytes of the release loaded, rows read, the step. */
export interface ImportProgress {
  readonly phase: 'loading' | 'model' | 'finishing';
  readonly file: string | undefined;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly rowsRead: number;
  /** The share of the whole import done, 0 to 1, load and model build together; it never decreases. */
  readonly fraction: number;
}

const TICK_MS = 250;
// Per byte loaded, the byte pass costs about a tenth of DuckDB's load (profiled); the model build costs about a
// quarter of the load of the tables it reads, and the final checkpoint a few percent of the whole load.
const PASS_WEIGHT = 0.1;
const MODEL_COST_PER_BYTE = 0.25;
const FINISH_COST_PER_BYTE = 0.03;
// DuckDB's own query progress jumps and restarts between the pipelines of one statement: it is only a hint.
const MAX_STATEMENT_SHARE = 0.95;

/** Collects progress from the pass, the load and the model build; reports on every change and every quarter second. */
export class ImportProgressTracker {
  private cleanedBytes = 0;
  private loadedBytes = 0;
  private loadingBytes = 0;
  private statementShare = 0;
  private modelFraction = 0;
  private rowsRead = 0;
  private reported = 0;
  private file: string | undefined;
  private current: ImportProgress['phase'] = 'loading';
  private readonly totalWork: number;
  private readonly modelWork: number;
  private readonly timer: NodeJS.Timeout | undefined;

  /** `modelBytes`: the bytes of the release's tables the model reads (its build's cost follows them). */
  constructor(
    readonly bytesTotal: number,
    modelBytes: number,
    private readonly connection: DuckDBConnection,
    private readonly onProgress?: (progress: ImportProgress) => void,
  ) {
    this.modelWork = MODEL_COST_PER_BYTE * modelBytes;
    this.totalWork = bytesTotal * (1 + FINISH_COST_PER_BYTE) + this.modelWork;
    if (onProgress) this.timer = setInterval(() => this.emit(), TICK_MS).unref();
  }

  /** The byte pass consumed `bytes` more of `file` and has now read `rowsDelta` more rows. */
  cleaned(file: string, bytes: number, rowsDelta: number): void {
    this.file = file;
    this.cleanedBytes += bytes;
    this.rowsRead += rowsDelta;
    this.emit();
  }

  /** DuckDB started (`done` false) or finished loading `bytes` bytes of a file. */
  loading(bytes: number, done: boolean): void {
    if (done) {
      this.loadedBytes += bytes;
      this.loadingBytes = 0;
    } else {
      this.loadingBytes = bytes;
    }
    this.statementShare = 0;
    this.emit();
  }

  /** The model build has done `fraction` (0-1) of its steps, by their weights. */
  model(fraction: number): void {
    this.modelFraction = fraction;
    this.emit();
  }

  /** Moves to the next step once the files are loaded. */
  phase(phase: ImportProgress['phase']): void {
    this.current = phase;
    this.file = undefined;
    this.emit();
  }

  /** Stops the periodic report. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private emit(): void {
    if (!this.onProgress) return;
    if (this.loadingBytes > 0) {
      const percentage = this.connection.progress.percentage;
      if (percentage > 0)
        this.statementShare = Math.max(this.statementShare, Math.min(percentage / 100, MAX_STATEMENT_SHARE));
    }
    const bytesDone = Math.min(
      this.bytesTotal,
      PASS_WEIGHT * this.cleanedBytes +
        (1 - PASS_WEIGHT) * (this.loadedBytes + this.loadingBytes * this.statementShare),
    );
    const work = this.current === 'finishing' ? this.bytesTotal + this.modelWork : bytesDone;
    const modelDone = this.current === 'finishing' ? 0 : this.modelWork * this.modelFraction;
    this.reported = Math.max(this.reported, Math.min(1, (work + modelDone) / this.totalWork));
    this.onProgress({
      phase: this.current,
      file: this.file,
      bytesDone: this.current === 'loading' ? bytesDone : this.bytesTotal,
      bytesTotal: this.bytesTotal,
      rowsRead: this.rowsRead,
      fraction: this.reported,
    });
  }
}

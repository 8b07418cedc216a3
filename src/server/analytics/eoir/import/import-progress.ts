// Progress of an import by bytes: each file is read once by the byte pass and once by DuckDB, which does about three
// times the work, so the two are weighted 1:3 (DuckDB's share of the file it is loading comes from its own query
// progress).
import type { DuckDBConnection } from '@duckdb/node-api';

/** A snapshot for progress bars: bytes of the release's tables done of the total, rows read, the current step. */
export interface ImportProgress {
  readonly phase: 'loading' | 'model' | 'finishing';
  readonly file: string | undefined;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly rowsRead: number;
}

const TICK_MS = 250;
const PASS_WEIGHT = 0.25;

/** Collects progress from both pipeline stages and reports it on every change and every quarter second. */
export class ImportProgressTracker {
  private cleanedBytes = 0;
  private loadedBytes = 0;
  private loadingBytes = 0;
  private rowsRead = 0;
  private file: string | undefined;
  private current: ImportProgress['phase'] = 'loading';
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    readonly bytesTotal: number,
    private readonly connection: DuckDBConnection,
    private readonly onProgress?: (progress: ImportProgress) => void,
  ) {
    if (onProgress) this.timer = setInterval(() => this.emit(), TICK_MS).unref();
  }

  /** The byte pass consumed `bytes` more of `file` and has now read `rowsDelta` more rows. */
  cleaned(file: string, bytes: number, rowsDelta: number): void {
    this.file = file;
    this.cleanedBytes += bytes;
    this.rowsRead += rowsDelta;
    this.emit();
  }

  /** DuckDB started (`done` false) or finished loading a file of `bytes` bytes. */
  loading(bytes: number, done: boolean): void {
    if (done) {
      this.loadedBytes += bytes;
      this.loadingBytes = 0;
    } else {
      this.loadingBytes = bytes;
    }
    this.emit();
  }

  /** Moves to the next step after the tables are loaded. */
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
    let loadShare = 0;
    if (this.loadingBytes > 0) {
      const percentage = this.connection.progress.percentage;
      if (percentage > 0) loadShare = (this.loadingBytes * Math.min(percentage, 100)) / 100;
    }
    const bytesDone =
      this.current === 'loading'
        ? PASS_WEIGHT * this.cleanedBytes + (1 - PASS_WEIGHT) * (this.loadedBytes + loadShare)
        : this.bytesTotal;
    this.onProgress({
      phase: this.current,
      file: this.file,
      bytesDone: Math.min(bytesDone, this.bytesTotal),
      bytesTotal: this.bytesTotal,
      rowsRead: this.rowsRead,
    });
  }
}

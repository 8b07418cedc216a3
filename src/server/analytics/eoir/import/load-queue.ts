// One DuckDB statement at a time, started without waiting for it: the byte pass enqueues a segment's load and goes
// on reading while DuckDB works on its own threads. Enqueueing waits for the previous statement, which bounds the
// segments on disk to two (one loading, one ready).

/** A serial queue of DuckDB work; the first failure is rethrown by the next enqueue() or drain(). */
export class LoadQueue {
  private running: Promise<void> = Promise.resolve();

  /** Waits for the running task, then starts `task` and returns without waiting for it. */
  async enqueue(task: () => Promise<void>): Promise<void> {
    await this.running;
    this.running = task();
    // Observed by the next enqueue() or drain(); this keeps Node from reporting it as unhandled meanwhile.
    this.running.catch(() => undefined);
  }

  /** Waits for the running task. */
  async drain(): Promise<void> {
    await this.running;
  }

  /** Waits for the running task and ignores its outcome (before closing the database after a failure). */
  async settle(): Promise<void> {
    await this.running.catch(() => undefined);
  }
}

// Buffers the lines one block of cases writes to one table: tab-joined lines, CRLF or LF, cp1252 bytes,
// encoded in ~1 MB chunks. The block's bytes are appended to the release file by the orchestrator.

const CHUNK = 1 << 20;

/** Collects one block's lines of one table; strings must hold only code points 0–255 (one byte each). */
export class TableWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  private lines = 0;

  constructor(private readonly lineEnd: '\r\n' | '\n') {}

  /** The block-local number (1-based) of the row the next `write` will add. */
  get nextLine(): number {
    return this.lines + 1;
  }

  /** Rows written so far in this block. */
  get lineCount(): number {
    return this.lines;
  }

  /** Appends one line; the line end is added here. */
  write(line: string): void {
    this.pending.push(line);
    this.pendingLength += line.length + this.lineEnd.length;
    this.lines++;
    if (this.pendingLength >= CHUNK) this.encode();
  }

  // latin1 encoding maps each code point 0–255 to the single byte cp1252 readers expect
  private encode(): void {
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(this.lineEnd) + this.lineEnd, 'latin1');
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    this.pending = [];
    this.pendingLength = 0;
  }

  /** All the block's bytes in one fresh (unpooled, transferable) array. */
  finish(): Uint8Array {
    this.encode();
    const out = new Uint8Array(this.bytes);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

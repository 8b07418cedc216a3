// Writes the byte pass's well-formed lines as `<line number>\t<line>\n` in UTF-8 to segment files for DuckDB's
// read_csv, through one 8 MiB buffer; a segment is handed over once it reaches its size (or the file ends).
import { closeSync, openSync, writeSync } from 'node:fs';
import { transcodeCp1252 } from './cp1252.ts';

/** A finished bulk segment: `<line>\t<field>...\n` lines, UTF-8; `inputBytes` of the source led to it. */
export interface CleanSegment {
  readonly path: string;
  readonly rows: number;
  readonly inputBytes: number;
}

const OUT_BYTES = 8 << 20;
const TAB = 9;
const LF = 10;

/** Buffers bulk lines and rolls segment files; `ready` holds the finished segments until the caller takes them. */
export class BulkSegmentWriter {
  readonly ready: CleanSegment[] = [];
  private readonly out = Buffer.allocUnsafe(OUT_BYTES);
  private outPos = 0;
  private fd: number | undefined;
  private index = 0;
  private bytes = 0;
  private rows = 0;
  private inputStart = 0;

  /** `inputBytes` tells how far the source has been read, to attribute input bytes to segments (for progress). */
  constructor(
    private readonly segmentPath: (index: number) => string,
    private readonly maxSegmentBytes: number,
    private readonly inputBytes: () => number,
  ) {}

  /** Writes bytes [start, end) of `source` (cp1252 when `needsTranscoding`, else ASCII) as line `lineNumber`. */
  writeLine(lineNumber: number, source: Buffer, start: number, end: number, needsTranscoding: boolean): void {
    if (
      this.outPos + 3 * (end - start) + 24 > OUT_BYTES ||
      this.bytes + this.outPos >= this.maxSegmentBytes
    ) {
      this.flush();
    }
    this.writeNumber(lineNumber);
    if (needsTranscoding) {
      this.outPos = transcodeCp1252(source, start, end, this.out, this.outPos);
    } else {
      source.copy(this.out, this.outPos, start, end);
      this.outPos += end - start;
    }
    this.out[this.outPos++] = LF;
    this.rows++;
  }

  /** Flushes and hands over the last segment. */
  finish(): void {
    this.flush();
    this.closeSegment();
  }

  /** Closes the open segment file, if any (after a failure). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private writeNumber(value: number): void {
    const out = this.out;
    const first = this.outPos;
    let rest = value;
    do {
      out[this.outPos++] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
    for (let low = first, high = this.outPos - 1; low < high; low++, high--) {
      const swap = out[low]!;
      out[low] = out[high]!;
      out[high] = swap;
    }
    out[this.outPos++] = TAB;
  }

  private flush(): void {
    if (this.outPos === 0) return;
    this.fd ??= openSync(this.segmentPath(this.index), 'w');
    let written = 0;
    while (written < this.outPos) written += writeSync(this.fd, this.out, written, this.outPos - written);
    this.bytes += this.outPos;
    this.outPos = 0;
    if (this.bytes >= this.maxSegmentBytes) this.closeSegment();
  }

  private closeSegment(): void {
    if (this.fd === undefined) return;
    this.close();
    const inputBytes = this.inputBytes();
    this.ready.push({
      path: this.segmentPath(this.index),
      rows: this.rows,
      inputBytes: inputBytes - this.inputStart,
    });
    this.inputStart = inputBytes;
    this.index++;
    this.bytes = 0;
    this.rows = 0;
  }
}

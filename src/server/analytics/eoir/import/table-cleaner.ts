// The byte pass over one release file: it does only what DuckDB's CSV reader cannot. Well-formed lines go to clean
// UTF-8 segment files (by default one per file) that DuckDB reads in bulk, each line prefixed with its physical line
// number; NUL bytes are dropped and cp1252 is transcoded on the way. Lines with a wrong field count, a lone CR or
// an extreme length go to the slow path (row-realignment.ts), which writes JSON lines: rows to import, or rejects.
import { isAscii } from 'node:buffer';
import { closeSync, openSync, writeSync } from 'node:fs';
import { BulkSegmentWriter, type CleanSegment } from './bulk-segment-writer.ts';
import { decodeCp1252 } from './cp1252.ts';
import type { FieldType } from './eoir-schema.ts';
import { mapHeader, type HeaderMapping } from './header-mapping.ts';
import { padShortRow, realignExtraFields, type Realignment } from './row-realignment.ts';
import { TabCounter } from './tab-count.ts';

/** Where the pass writes: bulk segments, the slow-path rows (JSON lines {l, f}) and the rejects ({l, r, raw}). */
export interface CleanerOutput {
  segmentPath(index: number): string;
  readonly rowsPath: string;
  readonly rejectsPath: string;
}

export type { CleanSegment } from './bulk-segment-writer.ts';

/** What the pass needs from its caller. `onSegment` is awaited, so a slow consumer bounds the disk in use. */
export interface CleanerHooks {
  typesFor(header: HeaderMapping): FieldType[];
  onSegment(segment: CleanSegment): Promise<void>;
  onChunk?(bytes: number, rowsRead: number): void;
  /** Bytes per bulk segment (default: the whole file, see README: one INSERT per file is cheapest). */
  segmentBytes?: number;
}

/** A column of the table being cleaned. */
export interface CleanerColumn {
  readonly name: string;
  readonly type: FieldType;
}

/** What the pass found; rowsRead = cleanRows + sideRows + rejected, and repaired counts within sideRows. */
export interface CleanedTable {
  header: HeaderMapping | undefined;
  columns: CleanerColumn[];
  rowsRead: number;
  cleanRows: number;
  sideRows: number;
  repaired: number;
  rejected: number;
  bytes: number;
  notes: string[];
}

/** Lines longer than this take the slow path (DuckDB's reader is given a larger max_line_size). */
export const MAX_BULK_LINE_BYTES = 1 << 20;
const MAX_LINE_BYTES = 16 << 20;
const TAB = 9;
const LF = 10;
const CR = 13;

/** Runs the pass over `source`. Throws on I/O failure, a missing header, or when `onSegment` throws. */
export async function cleanTable(
  source: AsyncIterable<Buffer> | Iterable<Buffer>,
  output: CleanerOutput,
  hooks: CleanerHooks,
): Promise<CleanedTable> {
  const cleaner = new TableCleaner(
    output,
    (header) => hooks.typesFor(header),
    hooks.segmentBytes ?? Number.POSITIVE_INFINITY,
  );
  try {
    for await (const chunk of source) {
      cleaner.push(chunk);
      hooks.onChunk?.(chunk.length, cleaner.result.rowsRead);
      for (let segment = cleaner.ready.shift(); segment; segment = cleaner.ready.shift())
        await hooks.onSegment(segment);
    }
    cleaner.end();
    for (let segment = cleaner.ready.shift(); segment; segment = cleaner.ready.shift())
      await hooks.onSegment(segment);
  } finally {
    cleaner.close();
  }
  return cleaner.result;
}

function tabCounterOf(bytes: Buffer): TabCounter | undefined {
  return isAscii(bytes) ? new TabCounter(bytes) : undefined;
}

class TableCleaner {
  readonly result: CleanedTable = {
    header: undefined,
    columns: [],
    rowsRead: 0,
    cleanRows: 0,
    sideRows: 0,
    repaired: 0,
    rejected: 0,
    bytes: 0,
    notes: [],
  };
  private line = 0;
  private expectedTabs = -1;
  private readonly bulk: BulkSegmentWriter;
  private rowsFd: number | undefined;
  private rejectsFd: number | undefined;
  private carry: Buffer[] = [];
  private carryBytes = 0;

  constructor(
    private readonly output: CleanerOutput,
    private readonly typesFor: (header: HeaderMapping) => FieldType[],
    maxSegmentBytes: number,
  ) {
    this.bulk = new BulkSegmentWriter(
      (index) => output.segmentPath(index),
      maxSegmentBytes,
      () => this.result.bytes,
    );
  }

  /** Finished bulk segments not yet handed to the consumer. */
  get ready(): CleanSegment[] {
    return this.bulk.ready;
  }

  push(chunk: Buffer): void {
    this.result.bytes += chunk.length;
    let start = 0;
    if (this.carryBytes > 0) {
      const newline = chunk.indexOf(LF);
      if (newline < 0) {
        this.keep(chunk);
        return;
      }
      const line = Buffer.concat([...this.carry, chunk.subarray(0, newline)]);
      this.carry = [];
      this.carryBytes = 0;
      this.handleLine(line, 0, line.length, tabCounterOf(line), line.indexOf(0) >= 0, line.indexOf(CR));
      start = newline + 1;
    }
    const tabs = tabCounterOf(chunk);
    let nulAt = chunk.indexOf(0, start);
    let crAt = chunk.indexOf(CR, start);
    for (;;) {
      const newline = chunk.indexOf(LF, start);
      if (newline < 0) break;
      if (nulAt >= 0 && nulAt < start) nulAt = chunk.indexOf(0, start);
      if (crAt >= 0 && crAt < start) crAt = chunk.indexOf(CR, start);
      this.handleLine(chunk, start, newline, tabs, nulAt >= 0 && nulAt < newline, crAt);
      start = newline + 1;
    }
    if (start < chunk.length) this.keep(Buffer.from(chunk.subarray(start)));
  }

  end(): void {
    if (this.carryBytes > 0) {
      const last = Buffer.concat(this.carry);
      this.carry = [];
      this.carryBytes = 0;
      // A file may end in padding (NUL bytes, a DOS end-of-file mark) after its last line end: not a row.
      if (
        last.every((byte) => byte === 0 || byte === 0x1a || byte === 0x20 || (byte >= 0x09 && byte <= 0x0d))
      ) {
        this.result.notes.push(`ignored ${last.length} padding byte(s) after the last line`);
      } else {
        this.handleLine(last, 0, last.length, tabCounterOf(last), last.indexOf(0) >= 0, last.indexOf(CR));
      }
    }
    if (this.line === 0) this.result.notes.push('the file is empty');
    this.bulk.finish();
  }

  close(): void {
    this.bulk.close();
    if (this.rowsFd !== undefined) closeSync(this.rowsFd);
    if (this.rejectsFd !== undefined) closeSync(this.rejectsFd);
  }

  private keep(part: Buffer): void {
    this.carry.push(part);
    this.carryBytes += part.length;
    if (this.carryBytes > MAX_LINE_BYTES) {
      throw new Error(
        `line ${this.line + 1} is longer than ${MAX_LINE_BYTES >> 20} MB: this is not a tab-delimited table`,
      );
    }
  }

  /**
   * Handles bytes [start, newline) of `buf`; `asciiTabs` counts its tabs when `buf` is all ASCII; `crAt` is the
   * first CR at or after `start` (or -1).
   */
  private handleLine(
    buf: Buffer,
    start: number,
    newline: number,
    asciiTabs: TabCounter | undefined,
    hasNul: boolean,
    crAt: number,
  ): void {
    this.line++;
    const end = newline > start && buf[newline - 1] === CR ? newline - 1 : newline;
    if (this.expectedTabs < 0) {
      this.readHeader(buf.subarray(start, end));
      return;
    }
    this.result.rowsRead++;
    const hasLoneCr = crAt >= 0 && crAt < end;
    let tabs = 0;
    let hasHigh = false;
    if (asciiTabs) {
      tabs = asciiTabs.count(start, end);
    } else {
      for (let index = start; index < end; index++) {
        const byte = buf[index]!;
        if (byte === TAB) tabs++;
        else if (byte >= 0x80) hasHigh = true;
      }
    }
    if (tabs !== this.expectedTabs || hasLoneCr || end === start || end - start > MAX_BULK_LINE_BYTES) {
      this.handleSlowLine(buf.subarray(start, end), tabs);
      return;
    }
    this.bulk.writeLine(this.line, buf, start, end, hasHigh || hasNul);
    this.result.cleanRows++;
  }

  private readHeader(line: Buffer): void {
    if (line.length === 0) throw new Error('the first line is empty: the file has no header');
    let bytes = line;
    if (line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) {
      bytes = line.subarray(3);
      this.result.notes.push(
        'starts with a UTF-8 byte-order mark: removed; the text is still read as cp1252',
      );
    }
    const header = mapHeader(decodeCp1252(bytes).split('\t'));
    const types = this.typesFor(header);
    this.result.header = header;
    this.result.columns = header.names.map((name, index) => ({ name, type: types[index]! }));
    this.expectedTabs = header.names.length - 1;
  }

  private handleSlowLine(bytes: Buffer, tabs: number): void {
    const text = decodeCp1252(bytes);
    if (text.length === 0) {
      this.reject('empty line', text);
      return;
    }
    const fields = text.split('\t');
    const columns = this.result.columns;
    if (tabs === this.expectedTabs) {
      // A lone CR or a very long line: well-formed, but DuckDB's reader would split or refuse it.
      this.writeRow(fields, false);
      return;
    }
    const realigned: Realignment =
      tabs > this.expectedTabs ? realignExtraFields(fields, columns) : padShortRow(fields, columns);
    if (realigned.kind === 'fits') this.writeRow(realigned.values, true);
    else this.reject(realigned.reason, text);
  }

  private writeRow(values: readonly string[], isRepaired: boolean): void {
    this.rowsFd ??= openSync(this.output.rowsPath, 'w');
    const fields = values.map((value) => (value === '' ? null : value));
    writeSync(this.rowsFd, `${JSON.stringify({ l: this.line, f: fields })}\n`);
    this.result.sideRows++;
    if (isRepaired) this.result.repaired++;
  }

  private reject(reason: string, raw: string): void {
    this.rejectsFd ??= openSync(this.output.rejectsPath, 'w');
    writeSync(this.rejectsFd, `${JSON.stringify({ l: this.line, r: reason, raw })}\n`);
    this.result.rejected++;
  }
}

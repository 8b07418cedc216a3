// The six core files of a release being written: headers first, then each block's bytes in block order,
// with the running line counts that turn block-local defect lines into file lines.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedOptions } from './generate-options.ts';
import { CORE_TABLES, type CoreTable } from './priors.ts';

/** The header a table is written with, after the header-variant options. */
export function headerOf(table: CoreTable, columns: readonly string[], options: ResolvedOptions): string[] {
  return columns.map((column) => {
    if (table === 'A_TblCase' && column === 'Sex' && options.headerVariant === 'older') return 'GENDER';
    if (table === 'A_TblCase' && column === 'UP_BOND_RSN' && options.removeSuffixColumn)
      return 'UP_BOND_RSN_Remove';
    return column;
  });
}

/** The line end a table is written with. */
export function lineEndOf(table: CoreTable, options: ResolvedOptions): '\r\n' | '\n' {
  return options.lfOnlyTables.includes(table) ? '\n' : '\r\n';
}

/** Open core files with their row and byte counts. */
export class ReleaseFiles {
  private readonly fds = {} as Record<CoreTable, number>;
  readonly rows = {} as Record<CoreTable, number>;
  readonly bytes = {} as Record<CoreTable, number>;

  constructor(
    dir: string,
    columns: Readonly<Record<CoreTable, readonly string[]>>,
    options: ResolvedOptions,
  ) {
    for (const table of CORE_TABLES) {
      this.fds[table] = openSync(join(dir, `${table}.csv`), 'w');
      this.rows[table] = 0;
      this.bytes[table] = 0;
      this.append(
        table,
        Buffer.from(
          headerOf(table, columns[table], options).join('\t') + lineEndOf(table, options),
          'latin1',
        ),
        0,
      );
    }
  }

  /** The file line (header = 1) of a block-local row number, for a block about to be appended. */
  fileLine(table: CoreTable, localLine: number): number {
    return 1 + this.rows[table] + localLine;
  }

  /** Appends a block's bytes holding `rows` data rows. */
  append(table: CoreTable, bytes: Uint8Array, rows: number): void {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fds[table], bytes, offset, bytes.length - offset);
    this.rows[table] += rows;
    this.bytes[table] += bytes.length;
  }

  /** Closes every file. */
  close(): void {
    for (const table of CORE_TABLES) closeSync(this.fds[table]);
  }
}

// Reads a backup file line by line and checks it as it goes: the header first, then each table's rows, then the end
// line whose row count and SHA-256 must match what came before. Anything else is one clear "damaged" error.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupEndSchema,
  BackupHeaderSchema,
  isCellValue,
  TableStartSchema,
  type BackupHeader,
  type CellValue,
  type TableStart,
} from './backup-format.ts';

const MAX_LINE = 256 * 1024 * 1024; // no row comes near this; a longer "line" is damage, not data

/** A backup being read: its checked header, then tables and rows in file order, then the end check. */
export interface BackupFileReader {
  file: string;
  header: BackupHeader;
  /** The next line must open `table`; returns its columns. */
  readTableStart(table: string): Promise<TableStart>;
  /** The next line must be a row of `width` values. */
  readRow(width: number): Promise<CellValue[]>;
  /** The next line must be the end line, matching every line read and the row count; then the file must end. */
  readEnd(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a backup and reads its header; fails with NOT_FOUND or VALIDATION_FAILED naming the problem. */
export async function openBackupFile(file: string): Promise<BackupFileReader> {
  const lines = readLines(file);
  const hash = createHash('sha256');
  let lineNo = 0;
  let rows = 0;
  const damaged = (why: string): AppError =>
    new AppError('VALIDATION_FAILED', `${file} is damaged or incomplete: ${why}.`, { file, line: lineNo });
  const nextLine = async (what: string): Promise<unknown> => {
    const next = await lines
      .next()
      .catch((error: unknown) => Promise.reject(toReadError(error, file, damaged)));
    if (next.done) throw damaged(`it ends early, where ${what} should be (after line ${lineNo})`);
    lineNo += 1;
    const text = next.value;
    try {
      const value: unknown = JSON.parse(text);
      hash.update(`${text}\n`);
      return value;
    } catch {
      throw lineNo === 1 ? notABackup(file) : damaged(`line ${lineNo} is not JSON`);
    }
  };
  const parse = <S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> => {
    const result = schema.safeParse(value);
    if (!result.success) throw damaged(`line ${lineNo} should be ${what}`);
    return result.data;
  };

  const first = await nextLine('the header');
  const format = (first as { format?: unknown; version?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) throw notABackup(file);
  if (typeof format.version === 'number' && format.version > BACKUP_FORMAT_VERSION) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${file} is a version ${format.version} backup, newer than this Refuge reads (${BACKUP_FORMAT_VERSION}); restore it with a newer Refuge.`,
      { file },
    );
  }
  const header = parse(BackupHeaderSchema, first, 'the header');
  return {
    file,
    header,
    async readTableStart(table) {
      const start = parse(TableStartSchema, await nextLine(`the start of ${table}`), `the start of ${table}`);
      if (start.table !== table)
        throw damaged(`line ${lineNo} opens ${start.table}, but the header lists ${table} next`);
      return start;
    },
    async readRow(width) {
      const row = await nextLine('a row');
      if (!Array.isArray(row) || row.length !== width || !row.every(isCellValue))
        throw damaged(`line ${lineNo} should be a row of ${width} values`);
      rows += 1;
      return row;
    },
    async readEnd() {
      const expected = hash.copy().digest('hex');
      const end = parse(BackupEndSchema, await nextLine('the end line'), 'the end line');
      if (end.rows !== rows) throw damaged(`it holds ${rows} rows but its end line counts ${end.rows}`);
      if (end.sha256 !== expected) throw damaged('its checksum does not match its contents');
      const after = await lines
        .next()
        .catch((error: unknown) => Promise.reject(toReadError(error, file, damaged)));
      if (!after.done) throw damaged(`there is more after the end line (line ${lineNo + 1})`);
    },
    async close() {
      await lines.return(undefined);
    },
  };
}

const notABackup = (file: string): AppError =>
  new AppError('VALIDATION_FAILED', `${file} is not a Refuge backup (made by \`refuge backup\`).`, { file });

function toReadError(error: unknown, file: string, damaged: (why: string) => AppError): Error {
  if (error instanceof AppError) return error;
  const { code = '', message = '' } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ENOENT') return new AppError('NOT_FOUND', `There is no backup file at ${file}.`, { file });
  if (code === 'EACCES' || code === 'EISDIR')
    return new AppError('VALIDATION_FAILED', `Cannot read ${file} (${code}).`, { file });
  if (/unexpected end of file/i.test(message)) return damaged('it ends early (the file was cut short)');
  if (/incorrect header check/i.test(message))
    return new AppError('VALIDATION_FAILED', `${file} is not a Refuge backup (it is not gzip data).`, {
      file,
    });
  if (code.startsWith('Z_')) return damaged(`its compressed data is corrupt (${message})`);
  return error instanceof Error ? error : new Error(String(error));
}

// The file's lines, decompressed; errors of the file or of gunzip surface from next().
async function* readLines(file: string): AsyncGenerator<string, void, undefined> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      rest += decoder.write(chunk as Buffer);
      let start = 0;
      for (let newline = rest.indexOf('\n'); newline !== -1; newline = rest.indexOf('\n', start)) {
        yield rest.slice(start, newline);
        start = newline + 1;
      }
      rest = rest.slice(start);
      if (rest.length > MAX_LINE)
        throw Object.assign(new Error('a line is longer than any backup writes'), {
          code: 'Z_LINE_TOO_LONG',
        });
    }
    rest += decoder.end();
    if (rest.length > 0) yield rest;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

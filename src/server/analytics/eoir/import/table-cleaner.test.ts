import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldType } from './eoir-schema.ts';
import { cleanTable, type CleanedTable, type CleanSegment } from './table-cleaner.ts';

const folder = mkdtempSync(join(tmpdir(), 'refuge-cleaner-'));
const TYPES: Record<string, FieldType> = {
  IDNCASE: { kind: 'numeric', maxLength: null },
  ALIEN_CITY: { kind: 'text', maxLength: 15 },
  NAT: { kind: 'text', maxLength: 2 },
  E_28_DATE: { kind: 'date', maxLength: null },
};

interface Cleaned {
  result: CleanedTable;
  segments: CleanSegment[];
  bulk: string[];
  rows: { l: number; f: (string | null)[] }[];
  rejects: { l: number; r: string; raw: string }[];
}

let run = 0;
async function clean(bytes: Buffer, chunkSize: number, segmentBytes?: number): Promise<Cleaned> {
  const stem = join(folder, `t${run++}`);
  const output = {
    segmentPath: (n: number) => `${stem}.${n}.tsv`,
    rowsPath: `${stem}.rows`,
    rejectsPath: `${stem}.rejects`,
  };
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  const lines = (path: string): string[] =>
    existsSync(path)
      ? readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) => line !== '')
      : [];
  const bulk: string[] = [];
  const segments: CleanSegment[] = [];
  const result = await cleanTable(chunks, output, {
    typesFor: (header) => header.names.map((name) => TYPES[name] ?? { kind: 'text', maxLength: null }),
    onSegment: (segment) => {
      segments.push(segment);
      bulk.push(...lines(segment.path));
      return Promise.resolve();
    },
    segmentBytes,
  });
  return {
    result,
    segments,
    bulk,
    rows: lines(output.rowsPath).map((line) => JSON.parse(line) as Cleaned['rows'][number]),
    rejects: lines(output.rejectsPath).map((line) => JSON.parse(line) as Cleaned['rejects'][number]),
  };
}

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('cleanTable', () => {
  const file = latin1(
    [
      'IDNCASE\tALIEN_CITY\tNAT\tE_28_DATE\r\n', // 1
      '1\tTIJUANA\tMX\t2019-11-04 00:00:00.000\r\n', // 2 CRLF
      '2\tSAN JOS\xc9\tGT\t\n', // 3 LF, Latin-1
      '3\tO\x92FALLON\tNA\t\r\n', // 4 cp1252 byte 0x92
      '4\tCI\0UDAD\tN/A\t\r\n', // 5 NUL byte
      '5\tSAN\tJOSE\tMX\t2019-11-04 00:00:00.000\r\n', // 6 stray tab, one fit
      '6\tLA\tP\t\t\r\n', // 7 stray tab: 'LA\tP' fits ALIEN_CITY and 'P\t' fits NAT (varchar(2)): ambiguous
      '7\tROSARITO\r\n', // 8 short row, fits
      'continued\tMX\r\n', // 9 short row that does not fit
      '\r\n', // 10 empty line
      '8\tA\rB\tSP \t\r\n', // 11 lone CR inside a field, trailing space in a code
      '9\t\t\t', // 12 last line without a line end, all empty
    ].join(''),
  );

  it.each([1, 7, 64, 1 << 20])(
    'splits, repairs and rejects the same way whatever the chunk size (%i)',
    async (chunkSize) => {
      const { result, bulk, rows, rejects } = await clean(file, chunkSize);
      expect(result.header?.names).toEqual(['IDNCASE', 'ALIEN_CITY', 'NAT', 'E_28_DATE']);
      expect(bulk).toEqual([
        '2\t1\tTIJUANA\tMX\t2019-11-04 00:00:00.000',
        '3\t2\tSAN JOS\u00c9\tGT\t',
        '4\t3\tO\u2019FALLON\tNA\t',
        '5\t4\tCIUDAD\tN/A\t',
        '12\t9\t\t\t',
      ]);
      expect(rows).toEqual([
        { l: 6, f: ['5', 'SAN\tJOSE', 'MX', '2019-11-04 00:00:00.000'] },
        { l: 8, f: ['7', 'ROSARITO', null, null] },
        { l: 11, f: ['8', 'A\rB', 'SP ', null] },
      ]);
      expect(rejects.map((reject) => [reject.l, reject.raw])).toEqual([
        [7, '6\tLA\tP\t\t'],
        [9, 'continued\tMX'],
        [10, ''],
      ]);
      expect(rejects.map((reject) => reject.r)).toEqual([
        expect.stringMatching(/^extra field: ambiguous/),
        expect.stringMatching(/^short row/),
        'empty line',
      ]);
      expect(result).toMatchObject({
        rowsRead: 11,
        cleanRows: 5,
        sideRows: 3,
        repaired: 2,
        rejected: 3,
        bytes: file.length,
      });
    },
  );

  it('hands the bulk lines over in segments of about the requested size, each with its row count', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${i}\tCITY ${i}\tMX\t\r\n`).join('');
    const { segments, bulk, result } = await clean(
      latin1(`IDNCASE\tALIEN_CITY\tNAT\tE_28_DATE\r\n${lines}`),
      64,
      200,
    );
    expect(segments.length).toBeGreaterThan(5);
    expect(segments.reduce((total, segment) => total + segment.rows, 0)).toBe(100);
    expect(segments.reduce((total, segment) => total + segment.inputBytes, 0)).toBe(result.bytes);
    expect(bulk.map((line) => Number(line.split('\t')[0]))).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 2),
    );
  });

  it('ignores padding after the last line end and reports it', async () => {
    const { result, bulk } = await clean(latin1('IDNCASE\tNAT\r\n1\tMX\r\n\0\0\x1a'), 3);
    expect(bulk).toEqual(['2\t1\tMX']);
    expect(result.rowsRead).toBe(1);
    expect(result.notes).toEqual(['ignored 3 padding byte(s) after the last line']);
  });

  it('drops a UTF-8 byte-order mark from the header and says so', async () => {
    const { result } = await clean(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1('IDNCASE\tNAT\n1\tMX\n')]),
      4,
    );
    expect(result.header?.names).toEqual(['IDNCASE', 'NAT']);
    expect(result.notes).toEqual([
      'starts with a UTF-8 byte-order mark: removed; the text is still read as cp1252',
    ]);
  });

  it('reports an empty file without failing', async () => {
    const { result } = await clean(Buffer.alloc(0), 10);
    expect(result.header).toBeUndefined();
    expect(result.notes).toEqual(['the file is empty']);
  });
});

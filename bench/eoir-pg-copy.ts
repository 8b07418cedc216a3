// Baseline (c) of `npm run bench:eoir`: PostgreSQL COPY of the release as the PyPI `eoir` tool (marrowb/eoir) loads
// it. The tool first strips NUL bytes from every CSV with `perl -pi -e "s/\0//g"` (xargs -P 6), because PostgreSQL
// rejects NUL in text; then, per file in a process pool, reads it as latin-1 with Python's csv module (tab, no
// quoting), cleans each row (./eoir-tool-rows.ts) and streams it with `COPY <table> FROM STDIN WITH (FORMAT TEXT,
// DELIMITER '|', NULL '\N')` under `session_replication_role = replica` into UNLOGGED tables. Here the tables are
// all-text, the cleaning runs in this process (much faster than the tool's Python) and each COPY goes through
// `psql \copy ... FROM pstdin` (no pg-copy-streams installed), all files at once like the tool's pool.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, openSync, readSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { TOOL_TYPES, toolCopyLine, type ToolDrop } from './eoir-tool-rows.ts';

/** What one load did: time (NUL pass included), the NUL pass alone, rows per table, rows the tool's cleaning dropped. */
export interface PgCopyResult {
  readonly seconds: number;
  readonly nulPassSeconds: number;
  readonly loaded: Record<string, number>;
  readonly dropped: Record<string, Record<ToolDrop, number>>;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The header (first line) of a release file, split on tabs. */
export function readHeader(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('latin1').split('\n')[0]!.replace(/\r$/, '').split('\t');
  } finally {
    closeSync(fd);
  }
}

/** Rows of a file through the tool's cleaning, as UTF-8 COPY text (the tool decodes latin-1, psycopg sends UTF-8). */
class ToolRowCleaner extends Transform {
  private rest = '';
  private isHeaderDone = false;
  readonly dropped: Record<ToolDrop, number> = { empty_pk: 0, long_row: 0 };

  constructor(private readonly types: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const lines = (this.rest + chunk.toString('latin1')).split('\n');
    this.rest = lines.pop()!;
    this.push(Buffer.from(this.convert(lines), 'utf8'));
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.rest !== '') this.push(Buffer.from(this.convert([this.rest]), 'utf8'));
    done();
  }

  private convert(lines: readonly string[]): string {
    let out = '';
    for (const physical of lines) {
      // Python's csv reader ends a record at \r\n, \n or a lone \r.
      for (const line of physical.replace(/\r$/, '').split('\r')) {
        if (line === '') continue;
        if (!this.isHeaderDone) {
          this.isHeaderDone = true;
          continue;
        }
        const result = toolCopyLine(line.split('\t'), this.types);
        if ('line' in result) out += result.line;
        else this.dropped[result.drop]++;
      }
    }
    return out;
  }
}

async function stripNuls(source: string, target: string): Promise<void> {
  const child = spawn('perl', ['-pe', 's/\\0//g'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  await Promise.all([
    pipeline(createReadStream(source), child.stdin),
    pipeline(child.stdout, createWriteStream(target)),
  ]);
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`perl exited with ${code} on ${source}`);
}

async function copyFile(
  url: string,
  path: string,
  table: string,
  types: string,
): Promise<Record<ToolDrop, number>> {
  const copy = `\\copy ${quote(table)} FROM pstdin WITH (FORMAT text, DELIMITER '|', NULL '\\N')`;
  const psql = spawn(
    'psql',
    [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', 'SET session_replication_role = replica', '-c', copy],
    {
      env: { ...process.env, PGCLIENTENCODING: 'UTF8' },
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  psql.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  const exited = once(psql, 'exit');
  const cleaner = new ToolRowCleaner(types);
  await pipeline(createReadStream(path), cleaner, psql.stdin);
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`psql \\copy into ${table} failed: ${stderr.trim()}`);
  return cleaner.dropped;
}

/** Loads the core tables of `caseDataDir` into fresh UNLOGGED all-text tables of the database at `url`. */
export async function copyLikeEoirTool(
  url: string,
  caseDataDir: string,
  tables: readonly string[],
  workDir: string,
): Promise<PgCopyResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = process.hrtime.bigint();
    const cleaned = (table: string): string => join(workDir, `${table}.csv`);
    await Promise.all(tables.map((table) => stripNuls(join(caseDataDir, `${table}.csv`), cleaned(table))));
    const nulPassSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const types = (table: string): string => {
      const header = readHeader(cleaned(table));
      const tool = TOOL_TYPES[table];
      if (tool?.length !== header.length)
        throw new Error(`${table}: ${header.length} columns, the tool's table has ${tool?.length}`);
      return tool;
    };
    for (const table of tables) {
      const header = readHeader(cleaned(table));
      await client.query(`DROP TABLE IF EXISTS ${quote(table)}`);
      await client.query(
        `CREATE UNLOGGED TABLE ${quote(table)} (${header.map((name) => `${quote(name)} text`).join(', ')})`,
      );
    }
    const dropped: PgCopyResult['dropped'] = {};
    await Promise.all(
      tables.map(
        async (table) => (dropped[table] = await copyFile(url, cleaned(table), table, types(table))),
      ),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const loaded: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
      loaded[table] = Number(rows[0]!.n);
    }
    return { seconds, nulPassSeconds, loaded, dropped };
  } finally {
    await client.end();
  }
}

/** Fetches rows by their first column from the loaded tables, for the defect check. */
export function pgRowFetcher(client: pg.Client) {
  return async (
    table: string,
    columns: readonly string[],
    ids: readonly string[],
  ): Promise<Map<string, (string | null)[]>> => {
    const found = new Map<string, (string | null)[]>();
    const { rows } = await client.query<(string | null)[]>({
      text: `SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} WHERE ${quote(columns[0]!)} = ANY($1::text[])`,
      values: [ids],
      rowMode: 'array',
    });
    for (const row of rows) found.set(row[0]!, row);
    return found;
  };
}

/** The tool strips NUL bytes only if the first non-lookup CSV it lists (directory order) holds one: which file that is here, and whether it does. */
export async function toolNulSample(folder: string): Promise<{ file: string; hasNul: boolean } | undefined> {
  const listed = spawnSync('find', [folder, '-name', '*.csv', '-type', 'f'], {
    encoding: 'utf8',
  }).stdout.split('\n');
  const file = listed.find(
    (path) => path !== '' && !basename(dirname(path)).toLowerCase().includes('lookup'),
  );
  if (!file) return undefined;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (chunk.includes(0)) return { file: basename(file), hasNul: true };
  }
  return { file: basename(file), hasNul: false };
}

// The bare baseline's database access: SQL text with `?` placeholders, run on better-sqlite3 (synchronous calls,
// each statement prepared once, the pragmas Refuge opens SQLite with) or on a pg pool (placeholders rewritten to
// $1.., a pool of 10 as Refuge's). A transaction has its connection to itself until it commits.
import type BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openSqliteFile } from '../src/server/db/database.ts';

/** A row as a driver returns it. */
export type Row = Record<string, unknown>;

/** Statements on one store; inside `transaction`, on that transaction. */
export interface BareSql {
  dialect: 'sqlite' | 'postgres';
  all(text: string, params?: readonly unknown[]): Promise<Row[]>;
  run(text: string, params?: readonly unknown[]): Promise<void>;
  /** Runs `work` in one transaction (SQLite: BEGIN IMMEDIATE), committed before the result is returned. */
  transaction<T>(work: (tx: BareSql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?, ?, ?` for a list of `count` values. */
export const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** Opens the SQLite file as Refuge does (WAL, synchronous FULL, busy timeout, foreign keys). */
export function openBareSqlite(file: string): BareSql {
  const handle = openSqliteFile(file, 'full');
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (text: string): BetterSqlite3.Statement => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = handle.prepare(text)));
    return statement;
  };
  // One connection: a statement outside a transaction waits while one is open (the handlers never await anything
  // slow inside one, so this queue is almost always empty).
  let open: Promise<unknown> = Promise.resolve();
  let isOpen = false;
  const direct: BareSql = {
    dialect: 'sqlite',
    all: (text, params = []) => Promise.resolve(prepared(text).all(...params) as Row[]),
    run: (text, params = []) => Promise.resolve(void prepared(text).run(...params)),
    transaction: () => Promise.reject(new Error('no nested transactions')),
    close: () => Promise.resolve(void handle.close()),
  };
  const guarded = <T>(call: () => Promise<T>): Promise<T> => (isOpen ? open.then(call) : call());
  return {
    dialect: 'sqlite',
    all: (text, params) => guarded(() => direct.all(text, params)),
    run: (text, params) => guarded(() => direct.run(text, params)),
    transaction: <T>(work: (tx: BareSql) => Promise<T>): Promise<T> => {
      const result = open.then(async () => {
        isOpen = true;
        prepared('begin immediate').run();
        try {
          const value = await work(direct);
          prepared('commit').run();
          return value;
        } catch (error) {
          if (handle.inTransaction) prepared('rollback').run();
          throw error;
        } finally {
          isOpen = false;
        }
      });
      open = result.catch(() => undefined);
      return result;
    },
    close: () => direct.close(),
  };
}

const pgTexts = new Map<string, string>();
const toPg = (text: string): string => {
  let converted = pgTexts.get(text);
  if (converted === undefined) {
    let n = 0;
    pgTexts.set(text, (converted = text.replace(/\?/g, () => `$${++n}`)));
  }
  return converted;
};

function pgRunner(client: pg.Pool | pg.PoolClient): Pick<BareSql, 'all' | 'run'> {
  return {
    all: async (text, params = []) => (await client.query(toPg(text), [...params])).rows as Row[],
    run: async (text, params = []) => void (await client.query(toPg(text), [...params])),
  };
}

/** Opens a pool of 10 on the PostgreSQL database at `url`. */
export function openBarePostgres(url: string): BareSql {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    dialect: 'postgres',
    ...pgRunner(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      const tx: BareSql = {
        dialect: 'postgres',
        ...pgRunner(client),
        transaction: () => Promise.reject(new Error('no nested transactions')),
        close: () => Promise.resolve(),
      };
      try {
        await client.query('begin');
        const value = await work(tx);
        await client.query('commit');
        return value;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

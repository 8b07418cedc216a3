// The import boundaries and the per-dialect test rule in eslint.config.js, each shown to fire on a snippet placed in
// its layer (and to stay quiet where the import is allowed), so a rule cannot rot into a no-op unnoticed.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Only the two rules under test, and no type information: a snippet at a made-up path needs no TypeScript project.
const eslint = new ESLint({
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
});

/** The messages the boundary rules give for `code` placed at `filePath`. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('a SQL driver only in src/server/db', () => {
  it.each([
    ['src/server/cases/case.repository.ts', "import pg from 'pg';"],
    ['src/server/cases/case.service.ts', "import Database from 'better-sqlite3';"],
    ['src/server/analytics/duck.ts', "import pg from 'pg';"],
    ['src/cli/verify.command.ts', "import Database from 'better-sqlite3';"],
    ['src/synthetic/office/seed.service.ts', "const pg = await import('pg');"],
    ['src/server/cases/case.test.ts', "import pg from 'pg';"],
  ])('refuses it in %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([
      expect.stringMatching(/Only src\/server\/db talks to a SQL driver/),
    ]);
  });

  it.each([
    ['src/server/db/database.ts', "import pg from 'pg';\nimport Database from 'better-sqlite3';"],
    ['src/server/cases/case.repository.ts', "import { sql } from 'kysely';"],
    ['test/database.ts', "import pg from 'pg';"],
    ['bench/core.bench.ts', "import pg from 'pg';"],
  ])('allows it (or Kysely) in %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});

describe('DuckDB only in src/server/analytics', () => {
  it.each([
    ['src/server/cases/case.service.ts', "import { DuckDBInstance } from '@duckdb/node-api';"],
    ['src/cli/report.command.ts', "import { DuckDBInstance } from '@duckdb/node-api';"],
    ['src/server/db/database.ts', "const duck = await import('@duckdb/node-api');"],
  ])('refuses it in %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([
      expect.stringMatching(/Only src\/server\/analytics knows DuckDB/),
    ]);
  });

  it('allows it in src/server/analytics', async () => {
    expect(
      await violations(
        'src/server/analytics/duckdb.ts',
        "import { DuckDBInstance } from '@duckdb/node-api';",
      ),
    ).toEqual([]);
  });
});

describe('src/domain holds only rules', () => {
  it.each([
    ['src/domain/cases/case.ts', "import { openDatabase } from '../../server/db/database.ts';", /is pure/],
    ['src/domain/cases/case.ts', "import { readFileSync } from 'node:fs';", /is pure/],
    [
      'src/domain/cases/case.ts',
      "import { sfc32 } from '../../synthetic/sfc32.ts';",
      /tools, not the product/,
    ],
    ['src/domain/cases/case.ts', "import { buildCase } from '../../../test/factories.ts';", /test helpers/],
    [
      'src/domain/cases/case.test.ts',
      "import { createTestStore } from '../../../test/database.ts';",
      /factories\.ts only/,
    ],
    [
      'src/domain/cases/case.test.ts',
      "import { sfc32 } from '../../synthetic/sfc32.ts';",
      /tools, not the product/,
    ],
  ])('refuses in %s: %s', async (file, code, message) => {
    expect(await violations(file, code)).toEqual([expect.stringMatching(message)]);
  });

  it('lets a domain test use the factories', async () => {
    expect(
      await violations(
        'src/domain/cases/case.test.ts',
        "import { buildCase } from '../../../test/factories.ts';",
      ),
    ).toEqual([]);
  });
});

describe('src/server does not call the synthetic data makers', () => {
  it.each([
    ['src/server/http/server.ts', "import { seedDemoIfEmpty } from '../../synthetic/office/demo.ts';"],
    [
      'src/server/http/server.ts',
      "const { seedDemoIfEmpty } = await import('../../synthetic/office/demo.ts');",
    ],
    [
      'src/server/analytics/eoir/import/x.ts',
      "export { generateEoirRelease } from '../../../../synthetic/eoir-release/index.ts';",
    ],
  ])('refuses it in %s: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([expect.stringMatching(/tools, not the product/)]);
  });

  it.each([
    [
      'src/server/http/app.test.ts',
      "import { generateEoirRelease } from '../../synthetic/eoir-release/index.ts';",
    ],
    ['src/cli/serve.command.ts', "const { seedDemoIfEmpty } = await import('../synthetic/office/demo.ts');"],
  ])('allows it in %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });

  it('keeps product code away from test helpers', async () => {
    expect(
      await violations(
        'src/server/cases/case.service.ts',
        "import { createTestWorld } from '../../../test/app.ts';",
      ),
    ).toEqual([expect.stringMatching(/test helpers/)]);
  });
});

describe('per-dialect suites only through describeEachDialect', () => {
  it.each([
    ['a for…of loop', "for (const d of ['sqlite']) {\n  describe(`x [${d}]`, () => {});\n}"],
    ['a forEach', "['sqlite'].forEach((d) => describe.skip(d, () => {}));"],
    ['a look at the run’s PostgreSQL server', "const url = inject('postgresUrl');"],
  ])('refuses %s in a test', async (_what, code) => {
    expect(await violations('src/server/cases/case.service.test.ts', code)).toEqual([
      expect.stringMatching(/describeEachDialect/),
    ]);
    expect(await violations('test/faults/x.test.ts', code)).toEqual([
      expect.stringMatching(/describeEachDialect/),
    ]);
  });

  it('allows a loop of tests inside one block', async () => {
    const code = "describe('x', () => {\n  for (const d of [1, 2]) it(`${d}`, () => {});\n});";
    expect(await violations('src/server/cases/case.service.test.ts', code)).toEqual([]);
  });
});

describe('the web app talks to the server through the API client only', () => {
  it.each([
    ['src/web/pages/queue.tsx', "import { listQueue } from '../../server/screenings/queue.service.ts';"],
    ['src/web/app.tsx', "import { readFile } from 'node:fs';"],
    ['src/web/pages/page.tsx', "import { sql } from 'kysely';"],
    ['src/web/main.tsx', "const cli = await import('../cli/main.ts');"],
    ['src/web/pages/demo.tsx', "import { seed } from '../../synthetic/office/seed.service.ts';"],
  ])('refuses a server-side import in %s', async (file, code) => {
    expect(await violations(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/web/app.tsx', "import { ROLES } from '../domain/actor.ts';\nimport { useState } from 'react';"],
    ['src/web/vite.config.ts', "import { fileURLToPath } from 'node:url';"],
  ])('allows the pure rules, React, and the build config’s own imports in %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});

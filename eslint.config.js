// Lint: strict type-aware rules, the import boundaries that keep the layers apart (docs/architecture.md), and the
// one way tests run per dialect. test/lint-rules.test.ts proves each boundary still fires.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SOURCE = ['src/**/*.ts', 'src/**/*.js'];
// Test code: tests and the fixtures only tests load. It may generate data with src/synthetic and use test/.
const TEST_CODE = ['src/**/*.test.ts', 'src/**/*.fixture.ts'];

// One forbidden kind of import each: the module patterns (for `import`/`export … from`), the same as a regular
// expression over the specifier (for `import()`, which no-restricted-imports does not see), and why.
const FORBIDDEN = {
  sqlDrivers: {
    patterns: ['better-sqlite3', 'pg', 'pg-*'],
    specifier: /^(better-sqlite3|pg|pg-.*)$/,
    message: 'Only src/server/db talks to a SQL driver; elsewhere go through Kysely and a repository.',
  },
  duckdb: {
    patterns: ['@duckdb/*'],
    specifier: /^@duckdb\x2F/,
    message: 'Only src/server/analytics knows DuckDB.',
  },
  synthetic: {
    patterns: ['**/synthetic/**'],
    specifier: /(^|\x2F)synthetic\x2F/,
    message: 'The synthetic data makers are tools, not the product: only src/cli (and tests) call them.',
  },
  testCode: {
    patterns: ['**/test/**', '#test/*'],
    specifier: /(^#test|(^|\x2F)test)\x2F/,
    message: 'Product code does not load test helpers.',
  },
  testCodeButFactories: {
    patterns: ['**/test/**', '#test/*', '!**/test/factories.ts', '!#test/factories.ts'],
    specifier: /(^#test|(^|\x2F)test)\x2F(?!factories\.ts$)/,
    message: 'Domain tests use test/factories.ts only: no stores, worlds or other test helpers.',
  },
  serverForWeb: {
    patterns: ['node:*', '**/server/**', '#server/*', '**/cli/**', 'kysely', 'better-sqlite3', 'pg', 'pg-*', '@duckdb/*'],
    specifier: /^(node:|#server\x2F|kysely$|better-sqlite3$|pg$|pg-|@duckdb\x2F)|(^|\x2F)(server|cli)\x2F/,
    message: 'The web app runs in the browser: it talks to the server through the API client only (src/web/api).',
  },
  impureForDomain: {
    patterns: [
      'node:*',
      '**/server/**',
      '#server/*',
      '**/web/**',
      '**/cli/**',
      'kysely',
      'better-sqlite3',
      'pg',
      'pg-*',
      '@duckdb/*',
      'react',
    ],
    specifier:
      /^(node:|#server\x2F|kysely$|better-sqlite3$|pg$|pg-|@duckdb\x2F|react$)|(^|\x2F)(server|web|cli)\x2F/,
    message: 'src/domain is pure: no I/O, no server, no UI.',
  },
};

// A loop that declares describe blocks registers nothing, silently, when its list comes out empty.
const LOOPS = [
  'ForOfStatement',
  'ForInStatement',
  'ForStatement',
  'WhileStatement',
  'CallExpression[callee.property.name=/^(forEach|map|flatMap)$/]',
];
const DESCRIBE_IN_LOOP = LOOPS.flatMap((loop) =>
  ["[callee.name='describe']", "[callee.object.name='describe']"].map((callee) => ({
    selector: `${loop} CallExpression${callee}`,
    message:
      'Declare per-dialect suites with describeEachDialect (test/database.ts), not a loop of describe blocks.',
  })),
);
const POSTGRES_URL_OUTSIDE_HELPER = {
  selector: "CallExpression[callee.name='inject'][arguments.0.value='postgresUrl']",
  message: 'Only describeEachDialect (test/database.ts) asks whether this run has PostgreSQL.',
};

/**
 * One config object forbidding the given kinds of import (static and dynamic) in the given files.
 * @param {string[]} files
 * @param {string[]} ignores
 * @param {(keyof typeof FORBIDDEN)[]} kinds
 * @param {{ selector: string, message: string }[]} [extraSyntax]
 */
function forbid(files, ignores, kinds, extraSyntax = []) {
  const chosen = kinds.map((kind) => FORBIDDEN[kind]);
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: chosen.map(({ patterns, message }) => ({ group: patterns, message })) },
      ],
      'no-restricted-syntax': [
        'error',
        ...chosen.map(({ specifier, message }) => ({
          selector: `ImportExpression[source.value=${String(specifier)}]`,
          message,
        })),
        ...extraSyntax,
      ],
    },
  };
}

const TEST_SYNTAX = [...DESCRIBE_IN_LOOP, POSTGRES_URL_OUTSIDE_HELPER];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            'bin/*.js',
            'src/server/ledger/*.worker.js',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },

  // The layers. Each file falls in exactly one of these blocks (a later block's options would replace, not add to,
  // an earlier one's), so each block lists everything its files may not import.
  forbid(['src/domain/**'], TEST_CODE, ['impureForDomain', 'synthetic', 'testCode']),
  forbid(
    ['src/domain/**/*.test.ts'],
    [],
    ['impureForDomain', 'synthetic', 'testCodeButFactories'],
    TEST_SYNTAX,
  ),
  forbid(['src/server/db/**'], TEST_CODE, ['duckdb', 'synthetic', 'testCode']),
  forbid(['src/web/**'], ['src/web/vite.config.ts'], ['serverForWeb', 'synthetic', 'testCode']),
  // Vite reads its configuration from a default export.
  { files: ['src/web/vite.config.ts'], rules: { 'no-restricted-exports': 'off' } },
  forbid(['src/server/analytics/**'], TEST_CODE, ['sqlDrivers', 'synthetic', 'testCode']),
  forbid(
    ['src/server/**'],
    [...TEST_CODE, 'src/server/db/**', 'src/server/analytics/**'],
    ['sqlDrivers', 'duckdb', 'synthetic', 'testCode'],
  ),
  forbid(SOURCE, [...TEST_CODE, 'src/domain/**', 'src/server/**'], ['sqlDrivers', 'duckdb', 'testCode']),
  // Tests may generate fixtures with src/synthetic and use test/, but stay inside their layer otherwise.
  forbid(['src/server/db/**/*.test.ts', 'src/server/db/**/*.fixture.ts'], [], ['duckdb'], TEST_SYNTAX),
  forbid(
    ['src/server/analytics/**/*.test.ts', 'src/server/analytics/**/*.fixture.ts'],
    [],
    ['sqlDrivers'],
    TEST_SYNTAX,
  ),
  forbid(
    TEST_CODE,
    ['src/domain/**', 'src/server/db/**', 'src/server/analytics/**'],
    ['sqlDrivers', 'duckdb'],
    TEST_SYNTAX,
  ),
  // test/ and bench/ may use the drivers directly (a throwaway cluster, a raw COPY to compare against).
  {
    files: ['test/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...TEST_SYNTAX] },
  },

  {
    files: ['*.config.ts', 'eslint.config.js', 'vitest.config.ts', 'test/summary-reporter.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);

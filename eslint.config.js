// Lint: type-aware rules from STYLE.md §11, and the layer boundaries from STYLE.md §1.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
            'src/synthetic/office/*.worker.js',
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
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                '**/server/**',
                '**/web/**',
                '**/cli/**',
                'kysely',
                'better-sqlite3',
                'pg',
                '@duckdb/*',
                'react',
              ],
              message: 'src/domain is pure: no I/O, no server, no UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/analytics/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@duckdb/*'], message: 'Only src/server/analytics knows DuckDB.' }] },
      ],
    },
  },
  {
    files: ['*.config.ts', 'eslint.config.js', 'vitest.config.ts', 'test/summary-reporter.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);

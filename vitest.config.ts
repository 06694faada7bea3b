import { defineConfig } from 'vitest/config';

const ROOTS = '{test,subgraphs,gateway,lib,scripts,bench}';

/**
 * Three tiers, by file suffix, each runnable alone (`npm run test:unit`, `test:int`, `test:e2e`);
 * `npm test` runs them all:
 * - unit (`*.test.ts`): in-process, at most an embedded PGlite, no servers;
 * - integration (`*.int.test.ts`): real subgraph servers over PGlite and, when TEST_DATABASE_URL is
 *   set, PostgreSQL; real Redis;
 * - end to end (`*.e2e.test.ts`): the real gateway in front of real subgraphs, and the browser.
 */
export default defineConfig({
  resolve: {
    // Dependencies load graphql's CJS build; without this alias vite hands our code the ESM build
    // and graphql-js rejects the schema as coming "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    setupFiles: ['./test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: [`${ROOTS}/**/*.test.ts`], exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts'] } },
      { extends: true, test: { name: 'int', include: [`${ROOTS}/**/*.int.test.ts`] } },
      { extends: true, test: { name: 'e2e', include: [`${ROOTS}/**/*.e2e.test.ts`] } },
    ],
  },
});

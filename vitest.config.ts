import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Dependencies load graphql's CJS build; without this alias vite hands our code the ESM build
    // and graphql-js rejects the schema as coming "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.ts', 'lib/**/*.test.ts', 'subgraphs/**/*.test.ts', 'gateway/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});

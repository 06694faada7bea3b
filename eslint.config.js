import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Every subgraph folder but the kit: each is its own zone (read from disk, so no sector is named here). */
const subgraphFolders = readdirSync(join(import.meta.dirname, 'subgraphs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
  .map((entry) => entry.name);

/**
 * The walls of the code base, checked on every import:
 * - the kit knows no sector; no subgraph imports another (they meet only in the registry);
 * - the gateway never imports subgraph code (what both need lives in lib/);
 * - lib/ and reference/ import neither;
 * - domain code never imports migrations/ (a sector's index.ts declares its migrations, nothing else).
 */
const zones = [
  { target: './subgraphs/kit', from: './subgraphs', except: ['./kit'], message: 'The kit knows no sector.' },
  ...subgraphFolders.map((name) => ({
    target: `./subgraphs/${name}`,
    from: './subgraphs',
    except: ['./kit', `./${name}`],
    message: 'A subgraph imports no other subgraph; they meet only in subgraphs/registry.ts.',
  })),
  { target: './gateway', from: './subgraphs', message: 'The gateway imports no subgraph code; shared contracts live in lib/.' },
  { target: ['./lib', './reference'], from: ['./subgraphs', './gateway'], message: 'lib/ and reference/ are shared by both sides and import neither.' },
  { target: './subgraphs/*/!(index).ts', from: './migrations', message: 'Domain code never imports migrations/.' },
  { target: './subgraphs/*/!(migrations)/**', from: './migrations', message: 'Domain code never imports migrations/.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.data-*/', 'gateway/graphiql/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript ESM imports name the `.js` the compiler will write; resolve them to the `.ts` source.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:'] }],
    },
  },
  {
    // knex only in repositories, migrations, seeds and the kit's database code: everything else
    // asks a repository, so no SQL is written in a resolver, a service or a loader.
    files: ['subgraphs/**/*.ts', 'gateway/**/*.ts', 'lib/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.seed.ts', 'subgraphs/*/seed/**', 'subgraphs/kit/{database,dialect,sql,seed,testing}/**', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'knex', message: 'knex belongs in repositories, migrations, seeds and the kit database code.' }] }] },
  },
  {
    files: ['scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);

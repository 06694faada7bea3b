import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import knexFactory from 'knex';
import { postgresDialect } from '../dialect/postgres.js';
import type { Database } from './database.js';
import { acquireLock } from './lock-file.js';
import { pgliteTemplateFor } from './pglite-template.js';

export interface PgliteOptions {
  /** Data directory; `memory://` for a throwaway in-memory database (tests). */
  dataDir: string;
  /** A `dumpDataDir()` tarball to start from instead of an empty cluster (fast test fixtures). */
  loadDataDir?: Blob;
}

/**
 * Opens an embedded PGlite behind knex's ordinary `pg` client, through PGlite's node-postgres
 * adapter, so repositories see the same result types as on a PostgreSQL server (counts and bigints
 * as strings). PGlite is a single connection: the pool holds exactly one.
 */
export async function openPglite(options: PgliteOptions): Promise<Database & { pglite: PGlite }> {
  const inMemory = options.dataDir.startsWith('memory://');
  let release = (): void => {};
  if (!inMemory) {
    mkdirSync(dirname(options.dataDir), { recursive: true });
    release = acquireLock(`${options.dataDir}.lock`);
  }
  try {
    // A new database directory starts as a copy of the data directory's template cluster when there is one.
    const template = options.loadDataDir || inMemory || existsSync(options.dataDir) ? undefined : await pgliteTemplateFor(options.dataDir);
    if (template) {
      const partial = `${options.dataDir}.copying`;
      rmSync(partial, { recursive: true, force: true });
      await cp(template, partial, { recursive: true });
      renameSync(partial, options.dataDir);
    }
    const pglite = await PGlite.create(inMemory ? undefined : options.dataDir, { loadDataDir: options.loadDataDir });
    const knex = knexFactory({
      client: 'pg',
      // A fresh adapter per pooled connection: the adapter object cannot be reused after `end()`.
      connection: () => createPgConfig(pglite) as never,
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 60_000,
    });
    return {
      kind: 'pglite',
      knex,
      pglite,
      dialect: postgresDialect,
      ping: async () => {
        await knex.raw('select 1');
      },
      close: async () => {
        await knex.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

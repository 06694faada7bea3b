import knexFactory from 'knex';
import { randomBytes } from 'node:crypto';
import type { Database } from '../database/database.js';
import { migrateLatest } from '../database/migrate.js';
import { openPglite } from '../database/open-pglite.js';
import { mssqlConnection, openServer } from '../database/open-server.js';
import '../database/pg-types.js';
import type { SeedOptions } from '../database/seed-state.js';
import type { AnySubgraphDefinition } from '../subgraph-definition.js';

export type TestDatabaseKind = 'pglite' | 'postgres' | 'mssql';

/**
 * Embedded PGlite always; the PostgreSQL server at TEST_DATABASE_URL too when it is set (CI sets
 * it to the machine's server), so database-backed suites run on both engines.
 */
export const testDatabaseKinds: TestDatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** Fixed, so that seeded figures are the same on every run and every day. */
export const TEST_SEED: SeedOptions = { scale: 1, until: '2026-10-31' };

/** A statement the database ran, with its bindings (code lists arrive as arrays on PostgreSQL). */
export interface RecordedQuery {
  readonly sql: string;
  readonly bindings: readonly unknown[];
}

export interface TestDatabase {
  db: Database;
  /** Every SQL statement the database ran since the last `statements.length = 0`. */
  statements: string[];
  /** The same statements with their bindings, since the last `queries.length = 0`. */
  queries: RecordedQuery[];
  drop(): Promise<void>;
}

/**
 * A fresh database for one suite: in-memory PGlite, or a new database of its own on the server,
 * dropped afterwards. Migrated, and seeded unless `seed` is false.
 */
export async function createTestDatabase(
  kind: TestDatabaseKind,
  definition: AnySubgraphDefinition,
  seed: SeedOptions | false = TEST_SEED,
): Promise<TestDatabase> {
  let db: Database;
  let dropServerDatabase = async () => {};
  if (kind === 'pglite') {
    db = await openPglite({ dataDir: 'memory://' });
  } else if (kind === 'mssql') {
    ({ db, dropServerDatabase } = await createMssqlDatabase(definition.name));
  } else {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    const name = `ioc_test_${definition.name.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
    const admin = knexFactory({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 1 } });
    await admin.raw('create database ??', [name]);
    url.pathname = `/${name}`;
    db = openServer(url.toString());
    dropServerDatabase = async () => {
      await admin.raw('drop database if exists ?? with (force)', [name]);
      await admin.destroy();
    };
  }
  await migrateLatest(db, definition.migrations);
  if (seed) await definition.seed(db, seed);
  const statements: string[] = [];
  const queries: RecordedQuery[] = [];
  db.knex.on('query', (q: { sql: string; bindings?: unknown[] }) => {
    statements.push(q.sql);
    queries.push({ sql: q.sql, bindings: q.bindings ?? [] });
  });
  return {
    db,
    statements,
    queries,
    drop: async () => {
      await db.close();
      await dropServerDatabase();
    },
  };
}

/** A fresh database of its own on the SQL Server at TEST_MSSQL_URL (`mssql://sa:…@host:1433/master?…`). */
async function createMssqlDatabase(sector: string): Promise<{ db: Database; dropServerDatabase: () => Promise<void> }> {
  const url = new URL(process.env.TEST_MSSQL_URL!);
  const name = `ioc_test_${sector.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'mssql', connection: mssqlConnection(url.toString()), pool: { min: 0, max: 1 } });
  await admin.raw(`create database [${name}]`);
  url.pathname = `/${name}`;
  return {
    db: openServer(url.toString()),
    dropServerDatabase: async () => {
      await admin.raw(`alter database [${name}] set single_user with rollback immediate; drop database [${name}]`);
      await admin.destroy();
    },
  };
}

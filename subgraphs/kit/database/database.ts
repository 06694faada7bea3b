import type { Knex } from 'knex';
import type { Dialect } from '../dialect/dialect.js';

/** Where a sector's data lives: embedded PGlite (the default), a PostgreSQL server or SQL Server. */
export type DatabaseKind = 'pglite' | 'postgres' | 'mssql';

/** A sector's open database: the knex handle its repositories use, and its dialect helpers. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly knex: Knex;
  readonly dialect: Dialect;
  /** Checks that the database answers; used by the subgraph's readiness probe. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

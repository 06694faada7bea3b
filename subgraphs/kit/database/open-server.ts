import knexFactory from 'knex';
import { mssqlDialect } from '../dialect/mssql.js';
import { postgresDialect } from '../dialect/postgres.js';
import type { Database } from './database.js';

/**
 * knex prints "Acquire connection error" with the driver's stack to the console before it rejects
 * the statement; the rejection reaches the caller (a coded GraphQL error, a one-line command
 * failure), so the print is only noise in the hub's JSON logs.
 */
const log = {
  warn(message: unknown) {
    if (!String(message).startsWith('Acquire connection error')) process.stderr.write(`knex: ${String(message)}\n`);
  },
};

/** Opens a PostgreSQL (`postgres://`) or SQL Server (`mssql://`) database by URL. */
export function openServer(url: string, poolMax = 10): Database {
  const { protocol } = new URL(url);
  if (protocol === 'postgres:' || protocol === 'postgresql:') {
    const knex = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: poolMax }, log });
    return wrap('postgres', knex, postgresDialect);
  }
  if (protocol === 'mssql:' || protocol === 'sqlserver:') {
    const knex = knexFactory({ client: 'mssql', connection: mssqlConnection(url), pool: { min: 0, max: poolMax }, log });
    return wrap('mssql', knex, mssqlDialect);
  }
  throw new Error(`unsupported database URL scheme ${protocol} (use postgres:// or mssql://)`);
}

function wrap(kind: Database['kind'], knex: Database['knex'], dialect: Database['dialect']): Database {
  return {
    kind,
    knex,
    dialect,
    ping: async () => {
      await knex.raw('select 1');
    },
    close: () => knex.destroy(),
  };
}

/** `mssql://user:pass@host:1433/db?encrypt=false` → the tedious connection object knex expects. */
export function mssqlConnection(url: string) {
  const u = new URL(url);
  const flag = (name: string, fallback: boolean) => (u.searchParams.get(name) ?? String(fallback)) === 'true';
  return {
    server: u.hostname,
    port: Number(u.port || 1433),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.replace(/^\//, '') || 'master',
    options: { encrypt: flag('encrypt', true), trustServerCertificate: flag('trustServerCertificate', false) },
  };
}

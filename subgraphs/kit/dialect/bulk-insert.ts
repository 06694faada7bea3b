import type { Knex } from 'knex';
import type { Dialect } from './dialect.js';

/** A table to insert into: its columns in row order, each with its PostgreSQL type. */
export interface BulkTable {
  readonly name: string;
  readonly columns: ReadonlyArray<readonly [column: string, postgresType: string]>;
}

/** Inserts rows (values in the table's column order) in as few statements as the dialect allows. */
export type BulkInsert = (knex: Knex | Knex.Transaction, table: BulkTable, rows: ReadonlyArray<readonly unknown[]>) => Promise<void>;

/**
 * PostgreSQL: one statement whatever the row count, each column bound as one array and spread
 * back into rows by `unnest`. Measured at a third of the time of knex's multi-row insert for 500
 * audit records (no 10,000-placeholder statement to build, send and parse).
 */
export const postgresBulkInsert: BulkInsert = async (knex, table, rows) => {
  if (rows.length === 0) return;
  const arrays = table.columns.map((_, i) => rows.map((row) => row[i]));
  const columns = table.columns.map(() => '??').join(', ');
  const unnest = table.columns.map(([, type]) => `?::${type}[]`).join(', ');
  await knex.raw(`insert into ?? (${columns}) select * from unnest(${unnest})`, [table.name, ...table.columns.map(([c]) => c), ...(arrays as never[])]);
};

/** SQL Server accepts 2,100 parameters a statement (kept under 2,000) and 1,000 rows a VALUES list. */
const MSSQL_MAX_PARAMETERS = 2_000;
const MSSQL_MAX_ROWS = 1_000;

/** SQL Server: knex's multi-row insert, in chunks under the parameter and row limits. */
export const mssqlBulkInsert: BulkInsert = async (knex, table, rows) => {
  const perStatement = Math.min(MSSQL_MAX_ROWS, Math.floor(MSSQL_MAX_PARAMETERS / table.columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement).map((row) => Object.fromEntries(table.columns.map(([column], c) => [column, row[c]])));
    await knex(table.name).insert(chunk);
  }
};

export const bulkInsertFor = (dialect: Dialect): BulkInsert => (dialect.name === 'mssql' ? mssqlBulkInsert : postgresBulkInsert);

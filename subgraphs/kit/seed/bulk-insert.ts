import type { Knex } from 'knex';

/**
 * Inserts many rows in chunks that stay under every dialect's parameter limit (SQL Server: 2,100
 * a statement), inside the caller's transaction. Use the transaction handle, never the outer knex:
 * PGlite is one connection.
 */
export async function bulkInsert(trx: Knex | Knex.Transaction, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const chunk = Math.max(1, Math.min(1000, Math.floor(2000 / columns)));
  for (let i = 0; i < rows.length; i += chunk) await trx(table).insert(rows.slice(i, i + chunk));
}

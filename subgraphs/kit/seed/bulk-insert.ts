import type { Knex } from 'knex';
import { mssqlBulkInsert, postgresBulkInsert } from '../dialect/bulk-insert.js';

/** Rows per statement on PostgreSQL: each column travels as one array parameter. */
const POSTGRES_ROWS_PER_STATEMENT = 10_000;

/**
 * Inserts many rows inside the caller's transaction, in as few statements as the dialect allows:
 * on PostgreSQL and PGlite one `unnest` statement per 10,000 rows, each column bound as one array
 * of the column's own type (read from the catalogue), which seeds the demo databases several times
 * faster than multi-row VALUES; on SQL Server chunks under its 2,100-parameter limit. Use the
 * transaction handle, never the outer knex: PGlite is one connection.
 */
export async function bulkInsert(trx: Knex | Knex.Transaction, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const values = rows.map((row) => names.map((name) => row[name] ?? null));
  if (trx.client.config.client === 'mssql') {
    await mssqlBulkInsert(trx, { name: table, columns: names.map((n) => [n, '']) }, values);
    return;
  }
  const types = await columnTypes(trx, table);
  const columns = names.map((name) => {
    const type = types.get(name);
    if (!type) throw new Error(`bulk insert: table ${table} has no column ${name}`);
    return [name, type] as const;
  });
  for (let i = 0; i < values.length; i += POSTGRES_ROWS_PER_STATEMENT) {
    await postgresBulkInsert(trx, { name: table, columns }, values.slice(i, i + POSTGRES_ROWS_PER_STATEMENT));
  }
}

/** A table's columns and their SQL types (`character varying`, `timestamp with time zone`, …). */
async function columnTypes(trx: Knex | Knex.Transaction, table: string): Promise<Map<string, string>> {
  const result: { rows: Array<{ name: string; type: string }> } = await trx.raw(
    'select a.attname as name, format_type(a.atttypid, null) as type from pg_attribute a where a.attrelid = to_regclass(quote_ident(?)) and a.attnum > 0 and not a.attisdropped',
    [table],
  );
  return new Map(result.rows.map((r) => [r.name, r.type]));
}

import knexFactory, { type Knex } from 'knex';

/**
 * A knex instance of the given client that records the SQL it would send instead of sending it:
 * for checking the statements generated for a dialect with no server at hand (SQL Server here).
 * Queries resolve as if they returned no rows.
 */
export function recordingKnex(client: 'mssql' | 'pg'): { knex: Knex; statements: string[] } {
  const statements: string[] = [];
  const knex = knexFactory({ client, connection: {}, pool: { min: 0, max: 1 } });
  const c = knex.client as unknown as Record<string, unknown>;
  c.acquireConnection = async () => ({ __recorder: true });
  c.releaseConnection = async () => undefined;
  c._query = async (_connection: unknown, query: { sql: string }) => {
    statements.push(query.sql);
    return { ...query, response: client === 'mssql' ? { recordset: [], rowsAffected: [0] } : { rows: [], rowCount: 0 } };
  };
  c.processResponse = () => [];
  return { knex, statements };
}

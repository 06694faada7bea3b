import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicServices } from '../../subgraphs/public-services/index.js';
import type { RunningSubgraph } from '../../subgraphs/kit/server/serve-subgraph.js';
import { postGraphQL } from '../support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestSubgraph } from '../support/test-hub.js';

const INDICATORS = `{
  _entities(representations: [{ __typename: "AdministrativeUnit", code: "51", validFrom: "2000-01-01" }]) {
    ... on AdministrativeUnit { publicServices { indicators(period: { from: "2024-01-01", to: "2024-12-31" }) { code value numerator denominator } } }
  }
}`;

type Body = { _entities: Array<{ publicServices: { indicators: unknown[] } }> };

// Runs only against a real SQL Server (TEST_MSSQL_URL); none exists on the CI machine, and a fake
// one would prove nothing. The SQL the mssql dialect generates is checked without a server in
// test/public-services-sql.test.ts.
describe.skipIf(!process.env.TEST_MSSQL_URL)('public-services on a real SQL Server', () => {
  const parts: Array<{ database: TestDatabase; subgraph: RunningSubgraph }> = [];

  beforeAll(async () => {
    for (const kind of ['mssql', 'pglite'] as const) {
      const database = await createTestDatabase(kind, publicServices);
      parts.push({ database, subgraph: await startTestSubgraph(publicServices, database.db) });
    }
  }, 600_000);
  afterAll(async () => {
    for (const p of parts) {
      await p.subgraph.stop();
      await p.database.drop();
    }
  });

  it('migrates, seeds and computes the same indicators as PostgreSQL', async () => {
    const [mssql, pglite] = await Promise.all(parts.map((p) => postGraphQL<Body>(p.subgraph.url, INDICATORS)));
    expect(mssql!.errors).toBeUndefined();
    expect(mssql!.data!._entities[0]!.publicServices.indicators).toEqual(pglite!.data!._entities[0]!.publicServices.indicators);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '../../subgraphs/kit/server/serve-subgraph.js';
import type { AnySubgraphDefinition } from '../../subgraphs/kit/subgraph-definition.js';
import { postGraphQL, startTestSubgraph } from '../../subgraphs/kit/testing/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { subgraphs } from '../../subgraphs/all.js';

const indicatorsOf = (field: string) => `{
  _entities(representations: [{ __typename: "AdministrativeUnit", code: "51", validFrom: "2000-01-01" }]) {
    ... on AdministrativeUnit { ${field} { indicators(period: { from: "2024-01-01", to: "2024-12-31" }) { code value numerator denominator } } }
  }
}`;

type Body = { _entities: Array<Record<string, { indicators: unknown[] }>> };

/**
 * Runs only against a real SQL Server (TEST_MSSQL_URL); none exists on the CI machine, and a fake one
 * would prove nothing. Without a server, the shared sector conformance suite checks that every
 * repository call generates T-SQL free of PostgreSQL-only syntax.
 */
describe.skipIf(!process.env.TEST_MSSQL_URL).each(subgraphs.filter((s) => s.sector))('$name on a real SQL Server', (definition: AnySubgraphDefinition) => {
  const parts: Array<{ database: TestDatabase; subgraph: RunningSubgraph }> = [];

  beforeAll(async () => {
    for (const kind of ['mssql', 'pglite'] as const) {
      const database = await createTestDatabase(kind, definition);
      parts.push({ database, subgraph: await startTestSubgraph(definition, database.db) });
    }
  }, 600_000);
  afterAll(async () => {
    for (const p of parts) {
      await p.subgraph.stop();
      await p.database.drop();
    }
  });

  it('migrates, seeds and computes the same indicators as PostgreSQL', async () => {
    const field = definition.sector!.field;
    const [mssql, pglite] = await Promise.all(parts.map((p) => postGraphQL<Body>(p.subgraph.url, indicatorsOf(field))));
    expect(mssql!.errors).toBeUndefined();
    expect(mssql!.data!._entities[0]![field]!.indicators).toEqual(pglite!.data!._entities[0]![field]!.indicators);
  });
});

import { afterAll, beforeAll } from 'vitest';
import type { RunningSubgraph } from '../server/serve-subgraph.js';
import type { AnySubgraphDefinition } from '../subgraph-definition.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './test-database.js';
import type { Caller } from '../../../lib/caller.js';
import { postToSubgraph, startTestSubgraph, type GraphQLBody } from './graphql-client.js';

export interface SubgraphFixture {
  /** The suite's database, migrated and seeded with TEST_SEED (recording every statement). */
  readonly database: TestDatabase;
  /** The real subgraph server over it, on a free port. */
  readonly subgraph: RunningSubgraph;
  /** POSTs one operation to the subgraph over real HTTP, as this caller (default: the province) or with these headers. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: Caller | Record<string, string>): Promise<GraphQLBody<T>>;
}

/**
 * ONE seeded database and a real subgraph server over it for a whole suite (seeding is the slow
 * part): registers the suite's `beforeAll`/`afterAll`, so call it inside `describe`. The fields
 * are there from the first `beforeAll` on.
 */
export function useTestSubgraph(kind: TestDatabaseKind, definition: AnySubgraphDefinition): SubgraphFixture {
  let database: TestDatabase | undefined;
  let subgraph: RunningSubgraph | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(kind, definition);
    subgraph = await startTestSubgraph(definition, database.db);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`the ${definition.name} test subgraph is not started yet (use it inside a test or a later beforeAll)`);
    return value;
  };
  return {
    get database() {
      return started(database);
    },
    get subgraph() {
      return started(subgraph);
    },
    gql: (query, variables, as) => postToSubgraph(started(subgraph).url, query, variables, as),
  };
}

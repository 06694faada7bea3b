import type { Caller } from '../../../lib/caller.js';
import { createLogger, type Logger } from '../../../lib/logger.js';
import type { Database } from '../database/database.js';
import { serveSubgraph, type RunningSubgraph } from '../server/serve-subgraph.js';
import type { AnySubgraphDefinition } from '../subgraph-definition.js';
import { callerHeaders, isCaller, TEST_CALLERS, TEST_ENV, TEST_VERIFY_KEY } from './test-credentials.js';

export interface GraphQLBody<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** POSTs one GraphQL operation over real HTTP and returns the status and parsed body. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLBody<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/**
 * POSTs one operation to a subgraph as the gateway would: with a signed caller token (by default the
 * province caller, without personal data), or with exactly the headers given.
 */
export async function postToSubgraph<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  as: Caller | Record<string, string> = TEST_CALLERS.province,
): Promise<GraphQLBody<T>> {
  return postGraphQL<T>(url, query, variables, isCaller(as) ? await callerHeaders(as) : as);
}

/**
 * A real subgraph server on a free port over the given database. Its answers are uncacheable unless
 * `cacheMaxAgeSeconds` says otherwise, so that tests see every request reach the database.
 */
export function startTestSubgraph(definition: AnySubgraphDefinition, db: Database, cacheMaxAgeSeconds = 0, logger?: Logger): Promise<RunningSubgraph> {
  return serveSubgraph(definition, {
    db,
    logger: logger ?? createLogger(definition.name, 'silent'),
    port: 0,
    host: '127.0.0.1',
    cacheMaxAgeSeconds,
    callerVerifyKey: TEST_VERIFY_KEY,
    env: TEST_ENV,
  });
}

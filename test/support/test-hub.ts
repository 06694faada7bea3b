import { loadGatewayConfig, subgraphsOf } from '../../gateway/config.js';
import { startGateway, type RunningGateway } from '../../gateway/server.js';
import { createLogger } from '../../lib/logger.js';
import { composeSupergraph } from '../../schema/compose.js';
import type { Database } from '../../subgraphs/kit/database/database.js';
import type { RunningSubgraph } from '../../subgraphs/kit/server/serve-subgraph.js';
import { postGraphQL, startTestSubgraph, type GraphQLBody } from '../../subgraphs/kit/testing/graphql-client.js';
import { envPrefix } from '../../lib/env.js';
import type { AnySubgraphDefinition } from '../../subgraphs/kit/subgraph-definition.js';

export type { GraphQLBody };

export interface TestHub {
  gateway: RunningGateway;
  subgraphs: Map<string, RunningSubgraph>;
  /** POSTs an operation to the gateway and returns the parsed body and status. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLBody<T>>;
  stop(): Promise<void>;
}

/**
 * The real thing on free ports: each subgraph over its database, and the real gateway over the
 * supergraph composed from the same code, with URLs overridden the way production does (env).
 */
export async function startTestHub(
  parts: ReadonlyArray<{ definition: AnySubgraphDefinition; db: Database }>,
  options: { cacheMaxAgeSeconds?: number } = {},
): Promise<TestHub> {
  const subgraphs = new Map<string, RunningSubgraph>();
  for (const { definition, db } of parts) subgraphs.set(definition.name, await startTestSubgraph(definition, db, options.cacheMaxAgeSeconds));
  const { supergraph } = await composeSupergraph(parts.map((p) => p.definition));
  const env: Record<string, string> = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SUBGRAPH_TIMEOUT_MS: '5000' };
  for (const [name, running] of subgraphs) env[`${envPrefix(name)}_URL`] = running.url;
  const gateway = await startGateway({ ...loadGatewayConfig(env, []), supergraphSdl: supergraph, subgraphs: subgraphsOf(supergraph, env) }, createLogger('gateway', 'silent'));
  return {
    gateway,
    subgraphs,
    query: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
    async stop() {
      await gateway.stop();
      await Promise.all([...subgraphs.values()].map((s) => s.stop()));
    },
  };
}

import { runService } from '../../lib/process.js';
import { loadSubgraphConfig } from './config.js';
import { startSubgraph } from './server/start-subgraph.js';
import type { SubgraphDefinition } from './subgraph-definition.js';

/**
 * A subgraph's process: config from env, serve, stop cleanly on SIGINT/SIGTERM. `subgraphNames`
 * are every subgraph of the hub, whose settings the process may see and must not warn about.
 */
export function runSubgraph<R, S>(definition: SubgraphDefinition<R, S>, subgraphNames: readonly string[] = [definition.name]): Promise<void> {
  return runService(
    definition.name,
    () => loadSubgraphConfig(definition),
    (config, logger) => startSubgraph(definition, config, logger),
    () => subgraphNames,
  );
}

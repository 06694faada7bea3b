import type { AnySubgraphDefinition } from './kit/subgraph-definition.js';
import { loadSubgraph, registry } from './registry.js';

/** Every registered subgraph, loaded, in supergraph order: for the tools that list them all (compose, start, tests). */
export const subgraphs: readonly AnySubgraphDefinition[] = await Promise.all(registry.map((e) => loadSubgraph(e.name)));

export function subgraphNamed(name: string): AnySubgraphDefinition {
  const found = subgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`no subgraph named ${name}; known: ${subgraphs.map((s) => s.name).join(', ')}`);
  return found;
}

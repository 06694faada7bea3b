import { adminUnits } from './admin-units/index.js';
import { audit } from './audit/index.js';
import { fisheries } from './fisheries/index.js';
import { land } from './land/index.js';
import { publicServices } from './public-services/index.js';
import type { AnySubgraphDefinition } from './kit/subgraph-definition.js';

/**
 * Every subgraph of the hub, in supergraph order. Adding a sector is one line here plus its folder;
 * compose, start, migrate and seed all read this list.
 */
export const subgraphs: readonly AnySubgraphDefinition[] = [adminUnits, publicServices, fisheries, land, audit];

export function subgraphNamed(name: string): AnySubgraphDefinition {
  const found = subgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`no subgraph named ${name}; known: ${subgraphs.map((s) => s.name).join(', ')}`);
  return found;
}

import { ROLES } from '../../lib/caller.js';
import type { AnySubgraphDefinition } from '../../subgraphs/kit/subgraph-definition.js';

export const GRANTS = 'schema/grants.json';

/**
 * The roles each subgraph is granted to, read by the gateway (GRANTS_PATH). Deny by default there:
 * a subgraph missing from the file is granted to no role, so a new subgraph is closed until it is
 * composed with its grants.
 */
export function renderGrants(definitions: readonly AnySubgraphDefinition[]): string {
  const grants = Object.fromEntries(definitions.map((d) => [d.name, [...(d.grantedTo ?? ROLES)]]));
  return `${JSON.stringify(grants, null, 2)}\n`;
}

import { DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES, Supergraph } from '@apollo/federation-internals';

/**
 * The `for: SECURITY` features whose directives the hub's authorization step enforces (policy.ts):
 * `@authenticated` and `@requiresScopes` as written, `@policy` by denying (the hub has no policy
 * engine). A supergraph linking any other SECURITY or EXECUTION feature is refused at start.
 */
export const ENFORCED_SECURITY_FEATURES: readonly string[] = [
  'https://specs.apollo.dev/authenticated/v0.1',
  'https://specs.apollo.dev/requiresScopes/v0.1',
  'https://specs.apollo.dev/policy/v0.1',
];

const SECURITY_LINK = /(@link\(url: "([^"]+)"[^)]*?), for: SECURITY\)/g;

/**
 * Checks the supergraph (every linked feature with a purpose is one the hub handles) and returns
 * it as @apollo/gateway may load it. `for: SECURITY` tells a router that does not enforce the
 * feature to refuse the supergraph, which @apollo/gateway does for all of them, since it enforces
 * none. The hub enforces these before planning, so the planner gets the same supergraph with
 * the purpose of exactly these links removed; the committed supergraph keeps it, so a bare
 * Apollo Gateway still refuses to serve it without the hub's authorization.
 */
export function supergraphForPlanner(supergraphSdl: string): { sdl: string; supergraph: Supergraph } {
  const supported = new Set([...DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES, ...ENFORCED_SECURITY_FEATURES]);
  const supergraph = Supergraph.build(supergraphSdl, { supportedFeatures: supported });
  const sdl = supergraphSdl.replace(SECURITY_LINK, (link, head: string, url: string) => (ENFORCED_SECURITY_FEATURES.includes(url) ? `${head})` : link));
  return { sdl, supergraph };
}

import type { AnySubgraphDefinition } from './kit/subgraph-definition.js';

/** A subgraph by name, its code loaded on demand: a subgraph's process loads only its own. */
export interface RegistryEntry {
  readonly name: string;
  readonly load: () => Promise<AnySubgraphDefinition>;
}

/**
 * Every subgraph of the hub, in supergraph order. Adding a sector is one line here plus its folder;
 * compose, start, migrate and seed all read this list (`all.ts` loads every entry).
 */
export const registry: readonly RegistryEntry[] = [
  { name: 'admin-units', load: async () => (await import('./admin-units/index.js')).adminUnits },
  { name: 'public-services', load: async () => (await import('./public-services/index.js')).publicServices },
  { name: 'fisheries', load: async () => (await import('./fisheries/index.js')).fisheries },
  { name: 'land', load: async () => (await import('./land/index.js')).land },
  { name: 'health', load: async () => (await import('./health/index.js')).health },
  { name: 'education', load: async () => (await import('./education/index.js')).education },
  { name: 'tourism', load: async () => (await import('./tourism/index.js')).tourism },
  { name: 'audit', load: async () => (await import('./audit/index.js')).audit },
];

/** Loads the subgraph registered under `name`, checking that its declaration bears that name. */
export async function loadSubgraph(name: string): Promise<AnySubgraphDefinition> {
  const entry = registry.find((e) => e.name === name);
  if (!entry) throw new Error(`no subgraph named ${name}; known: ${registry.map((e) => e.name).join(', ')}`);
  const definition = await entry.load();
  if (definition.name !== name) throw new Error(`subgraphs/registry.ts: the entry ${name} loads a subgraph named ${definition.name}`);
  return definition;
}

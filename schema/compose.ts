import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { buildFederatedSchema } from '../subgraphs/kit/graphql/build-schema.js';
import type { AnySubgraphDefinition } from '../subgraphs/kit/subgraph-definition.js';

export interface ComposedSchema {
  /** Each subgraph's SDL, by subgraph name. */
  subgraphs: Map<string, string>;
  supergraph: string;
  /** Composition hints (inconsistent descriptions, …): reviewed, ideally none. */
  hints: string[];
}

/** The URL the committed supergraph names: the local `npm start` layout; production overrides it. */
export const defaultUrl = (definition: AnySubgraphDefinition) => `http://localhost:${definition.defaultPort}/graphql`;

/** Builds every subgraph's SDL from code and composes them in-process, with no network. */
export async function composeSupergraph(definitions: ReadonlyArray<AnySubgraphDefinition>): Promise<ComposedSchema> {
  const subgraphs = new Map<string, string>();
  for (const definition of definitions) subgraphs.set(definition.name, (await buildFederatedSchema(definition)).sdl);
  const result = composeServices(
    definitions.map((d) => ({ name: d.name, url: defaultUrl(d), typeDefs: parse(subgraphs.get(d.name)!) })),
  );
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return { subgraphs, supergraph: result.supergraphSdl, hints: result.hints.map((h) => h.toString()) };
}

import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { SubgraphDefinition } from '../subgraph-definition.js';

/**
 * What every subgraph links: Federation 2.7 (keys, shareable value types, `@requiresScopes` and
 * `@authenticated`, which the gateway enforces) and the hub's `@personalData`, composed into the
 * supergraph so the gateway knows which fields hold personal data.
 */
const FEDERATION = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@requiresScopes", "@authenticated", "@composeDirective"])
  @link(url: "https://ioc-hub.vn/personal-data/v1.0", import: ["@personalData"])
  @composeDirective(name: "@personalData")

"Trường chứa dữ liệu cá nhân (Luật 91/2025/QH15): level là BASIC (cơ bản) hoặc SENSITIVE (nhạy cảm); chỉ trả về khi người gọi có quyền và khai báo mục đích (X-Purpose)."
directive @personalData(level: String!) on FIELD_DEFINITION`;

export interface BuiltSubgraph {
  /** The executable federated schema (with `_entities` and `_service`). */
  schema: GraphQLSchema;
  /** The SDL this subgraph contributes to the supergraph; committed under schema/subgraphs/. */
  sdl: string;
}

/**
 * type-graphql builds the schema from the sector's resolvers; its printed SDL (with directives,
 * which graphql's printSchema drops) plus the federation @link becomes the subgraph's type defs.
 */
export async function buildFederatedSchema<R, S>(definition: SubgraphDefinition<R, S>): Promise<BuiltSubgraph> {
  const local = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes ?? [],
    // Directives such as @key are not declared in a type-graphql schema; composition checks them.
    skipCheck: true,
    validate: false,
  });
  const sdl = `${FEDERATION}\n\n${printSchemaWithDirectives(local).trim()}\n`;
  const resolvers = createResolversMap(local) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(definition.entities ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]);
  return { schema, sdl };
}

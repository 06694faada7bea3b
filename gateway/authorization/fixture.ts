import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';

/**
 * A small supergraph for the authorization tests, composed in-process from three hand-written
 * subgraphs that use every directive authorization reads:
 * - `registry`: dossiers with a basic and a sensitive personal field, a nested list, a union, and a
 *   type guarded as a whole (`Classified`);
 * - `fleet`: extends the `Dossier` entity, and has an interface with two implementations;
 * - `audit`: a root field granted to the auditor role only, through `@requiresScopes`.
 */

const FEDERATION = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@requiresScopes", "@authenticated", "@composeDirective"])`;

const REGISTRY = `${FEDERATION}
  @link(url: "https://ioc-hub.vn/personal-data/v1.0", import: ["@personalData"])
  @composeDirective(name: "@personalData")
directive @personalData(level: String!) on FIELD_DEFINITION

type Query {
  dossiers: [Dossier!]!
  dossier(id: ID!): Dossier
  batches: [[Dossier!]!]!
  search(text: String!): [SearchResult!]!
  classified: Classified
  whoami: String @authenticated
}

type Dossier @key(fields: "id") {
  id: ID!
  number: String!
  applicantName: String @requiresScopes(scopes: [["pii:read"]]) @personalData(level: "BASIC")
  applicantNationalId: String @requiresScopes(scopes: [["pii:read", "pii:sensitive"]]) @personalData(level: "SENSITIVE")
}

type Classified @requiresScopes(scopes: [["secret:read"]]) {
  id: ID!
  note: String
}

union SearchResult = Dossier | Classified
`;

const FLEET = `${FEDERATION}
  @link(url: "https://ioc-hub.vn/personal-data/v1.0", import: ["@personalData"])
  @composeDirective(name: "@personalData")
directive @personalData(level: String!) on FIELD_DEFINITION

type Query {
  vessels: [Vessel!]!
  assets: [Asset!]!
}

type Dossier @key(fields: "id") {
  id: ID!
  vessel: Vessel
}

interface Asset {
  id: ID!
  label: String
}

type Vessel implements Asset @key(fields: "id") {
  id: ID!
  label: String
  owner: String @requiresScopes(scopes: [["pii:read"]]) @personalData(level: "BASIC")
}

type Port implements Asset {
  id: ID!
  label: String
  berths: Int
}
`;

const AUDIT = `${FEDERATION}

type Query {
  auditTrail(first: Int): [AuditEntry!]! @requiresScopes(scopes: [["role:auditor"]])
}

type AuditEntry {
  at: String!
  who: String!
}
`;

export interface TestSupergraph {
  readonly supergraphSdl: string;
  /** The API schema clients see, to validate pruned documents against. */
  readonly apiSchema: GraphQLSchema;
}

export function composeTestSupergraph(): TestSupergraph {
  const result = composeServices([
    { name: 'registry', url: 'http://registry.invalid/graphql', typeDefs: parse(REGISTRY) },
    { name: 'fleet', url: 'http://fleet.invalid/graphql', typeDefs: parse(FLEET) },
    { name: 'audit', url: 'http://audit.invalid/graphql', typeDefs: parse(AUDIT) },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { supergraphSdl: result.supergraphSdl, apiSchema: result.schema.toAPISchema().toGraphQLJSSchema() };
}

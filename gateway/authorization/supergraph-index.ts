import {
  isTypeDefinitionNode,
  isTypeExtensionNode,
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeDefinitionNode,
  type TypeExtensionNode,
  type TypeNode,
} from 'graphql';
import { argument, AUTHENTICATED_IDENTITY, JOIN_IDENTITY, PERSONAL_DATA_IDENTITY, POLICY_IDENTITY, readLinks, REQUIRES_SCOPES_IDENTITY, stringArgument } from './links.js';

/**
 * What authorization needs to know of a supergraph, read from its SDL in one linear pass over the
 * AST. It works on the supergraph rather than on the API schema because only the supergraph says
 * which subgraphs resolve a field (`@join__field`) and carries the security directives.
 */

/** `@requiresScopes(scopes:)`: met when every scope of at least one inner list is held. */
export type ScopeAlternatives = readonly (readonly string[])[];

/** The access directives on one schema element (a field or a named type). */
export interface AccessDirectives {
  readonly authenticated: boolean;
  readonly scopes: ScopeAlternatives | null;
  /** `@policy` is present: the hub cannot evaluate policies, so it denies such elements. */
  readonly policy: boolean;
}

export const NO_ACCESS_DIRECTIVES: AccessDirectives = Object.freeze({ authenticated: false, scopes: null, policy: false });

export type PersonalDataLevel = 'BASIC' | 'SENSITIVE';

export interface IndexedField {
  /** `Type.field`, as messages name it. */
  readonly coordinate: string;
  /** The named type it returns, lists and non-null unwrapped. */
  readonly returnType: string;
  /** Names (as in `@join__graph(name:)`) of the subgraphs that can resolve it. */
  readonly subgraphs: readonly string[];
  readonly access: AccessDirectives;
  readonly personalData: PersonalDataLevel | null;
}

export interface IndexedType {
  readonly name: string;
  readonly kind: 'OBJECT' | 'INTERFACE' | 'UNION' | 'LEAF';
  /** The object types a value of this type can be: itself, an interface's implementations, a union's members. */
  readonly possibleTypes: ReadonlySet<string>;
  readonly access: AccessDirectives;
  readonly fields: ReadonlyMap<string, IndexedField>;
}

export interface SupergraphIndex {
  /** Every subgraph the supergraph joins, by the name `@join__graph(name:)` gives it. */
  readonly subgraphs: readonly string[];
  readonly types: ReadonlyMap<string, IndexedType>;
  /** Root type names by operation: `query` → `Query`. */
  readonly roots: Readonly<Record<'query' | 'mutation' | 'subscription', string>>;
}

interface DirectiveNames {
  readonly joinType: string;
  readonly joinField: string;
  readonly joinGraph: string;
  readonly requiresScopes: string | null;
  readonly authenticated: string | null;
  readonly policy: string | null;
  readonly personalData: string | null;
}

interface TypeDraft {
  name: string;
  kind: IndexedType['kind'];
  directives: ConstDirectiveNode[];
  fields: FieldDefinitionNode[];
  interfaces: string[];
  members: string[];
}

export function indexSupergraph(supergraphSdl: string): SupergraphIndex {
  const document = parse(supergraphSdl, { noLocation: true });
  const links = readLinks(document);
  const joinType = links.directiveName(JOIN_IDENTITY, 'type');
  const joinField = links.directiveName(JOIN_IDENTITY, 'field');
  const joinGraph = links.directiveName(JOIN_IDENTITY, 'graph');
  if (!joinType || !joinField || !joinGraph) throw new Error('The supergraph links no https://specs.apollo.dev/join feature.');
  const names: DirectiveNames = {
    joinType,
    joinField,
    joinGraph,
    requiresScopes: links.directiveName(REQUIRES_SCOPES_IDENTITY, 'requiresScopes'),
    authenticated: links.directiveName(AUTHENTICATED_IDENTITY, 'authenticated'),
    policy: links.directiveName(POLICY_IDENTITY, 'policy'),
    personalData: links.directiveName(PERSONAL_DATA_IDENTITY, 'personalData'),
  };
  const drafts = collectTypes(document);
  const graphNames = subgraphNamesByEnumValue(document, names.joinGraph);

  const implementations = new Map<string, Set<string>>();
  for (const draft of drafts.values()) {
    if (draft.kind !== 'OBJECT') continue;
    for (const intf of draft.interfaces) {
      if (!implementations.has(intf)) implementations.set(intf, new Set());
      implementations.get(intf)?.add(draft.name);
    }
  }

  const types = new Map<string, IndexedType>();
  for (const draft of drafts.values()) {
    const possibleTypes: ReadonlySet<string> =
      draft.kind === 'OBJECT' ? new Set([draft.name]) : draft.kind === 'INTERFACE' ? (implementations.get(draft.name) ?? new Set()) : new Set(draft.members);
    const typeSubgraphs = graphsOf(draft.directives, names.joinType, graphNames);
    const fields = new Map<string, IndexedField>();
    for (const field of draft.fields) fields.set(field.name.value, indexField(draft.name, field, typeSubgraphs, names, graphNames));
    types.set(draft.name, { name: draft.name, kind: draft.kind, possibleTypes, access: accessOf(draft.directives, names), fields });
  }
  return { subgraphs: [...new Set(graphNames.values())], types, roots: rootsOf(document) };
}

/** Merges each type's definition and extensions, so that a supergraph written with `extend type` reads the same. */
function collectTypes(document: DocumentNode): Map<string, TypeDraft> {
  const drafts = new Map<string, TypeDraft>();
  const draftOf = (name: string, kind: TypeDraft['kind']): TypeDraft => {
    let draft = drafts.get(name);
    if (!draft) drafts.set(name, (draft = { name, kind, directives: [], fields: [], interfaces: [], members: [] }));
    return draft;
  };
  for (const definition of document.definitions) {
    const kind = compositeKind(definition);
    if (!kind || !isNamedTypeDefinition(definition)) continue;
    const draft = draftOf(definition.name.value, kind);
    draft.directives.push(...(definition.directives ?? []));
    if ('fields' in definition && kind !== 'LEAF') draft.fields.push(...((definition.fields ?? []) as readonly FieldDefinitionNode[]));
    if ('interfaces' in definition) draft.interfaces.push(...(definition.interfaces ?? []).map((i) => i.name.value));
    if ('types' in definition) draft.members.push(...(definition.types ?? []).map((t) => t.name.value));
  }
  return drafts;
}

const isNamedTypeDefinition = (definition: DefinitionNode): definition is TypeDefinitionNode | TypeExtensionNode =>
  isTypeDefinitionNode(definition) || isTypeExtensionNode(definition);

function compositeKind(definition: DefinitionNode): TypeDraft['kind'] | null {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
      return 'OBJECT';
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
      return 'INTERFACE';
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION:
      return 'UNION';
    // Scalars and enums can carry @requiresScopes and @authenticated too, which then guard every field returning them.
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_EXTENSION:
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return 'LEAF';
    default:
      return null;
  }
}

/** `join__Graph` enum value (`ADMIN_UNITS`) → subgraph name (`admin-units`), from the values carrying `@join__graph`. */
function subgraphNamesByEnumValue(document: DocumentNode, joinGraph: string): Map<string, string> {
  const byValue = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((d) => d.name.value === joinGraph);
      const name = graph && stringArgument(graph, 'name');
      if (name) byValue.set(value.name.value, name);
    }
  }
  return byValue;
}

function indexField(
  typeName: string,
  field: FieldDefinitionNode,
  typeSubgraphs: readonly string[],
  names: DirectiveNames,
  graphNames: ReadonlyMap<string, string>,
): IndexedField {
  const directives = field.directives ?? [];
  const joins = directives.filter((d) => d.name.value === names.joinField);
  // A field with no `@join__field(graph:)` is resolved by every subgraph that defines its type.
  const withGraph = joins.filter((d) => argument(d, 'graph'));
  const resolving = withGraph.filter((d) => !isTrue(argument(d, 'external')) && !isTrue(argument(d, 'usedOverridden')));
  const subgraphs = withGraph.length === 0 ? typeSubgraphs : graphsOf(resolving, names.joinField, graphNames);
  const personal = names.personalData ? directives.find((d) => d.name.value === names.personalData) : undefined;
  const level = personal ? stringArgument(personal, 'level') : null;
  return {
    coordinate: `${typeName}.${field.name.value}`,
    returnType: namedType(field.type),
    subgraphs,
    access: accessOf(directives, names),
    // An unknown level is read as the stricter one: deny by default.
    personalData: personal ? (level?.toUpperCase() === 'BASIC' ? 'BASIC' : 'SENSITIVE') : null,
  };
}

function graphsOf(directives: readonly ConstDirectiveNode[], directiveName: string, graphNames: ReadonlyMap<string, string>): string[] {
  const graphs = new Set<string>();
  for (const directive of directives) {
    if (directive.name.value !== directiveName) continue;
    const value = argument(directive, 'graph');
    const name = value?.kind === Kind.ENUM ? graphNames.get(value.value) : undefined;
    if (name) graphs.add(name);
  }
  return [...graphs];
}

function accessOf(directives: readonly ConstDirectiveNode[], names: DirectiveNames): AccessDirectives {
  const has = (name: string | null) => name !== null && directives.some((d) => d.name.value === name);
  const scopesDirective = names.requiresScopes ? directives.find((d) => d.name.value === names.requiresScopes) : undefined;
  const scopes = scopesDirective ? scopeAlternatives(scopesDirective) : null;
  const access = { authenticated: has(names.authenticated), scopes, policy: has(names.policy) };
  return access.authenticated || access.scopes || access.policy ? access : NO_ACCESS_DIRECTIVES;
}

function scopeAlternatives(directive: ConstDirectiveNode): ScopeAlternatives {
  const value = argument(directive, 'scopes');
  const outer = value?.kind === Kind.LIST ? value.values : [];
  return outer.map((inner) => (inner.kind === Kind.LIST ? inner.values : [inner]).flatMap((s) => (s.kind === Kind.STRING ? [s.value] : [])));
}

const isTrue = (value: ReturnType<typeof argument>): boolean => value?.kind === Kind.BOOLEAN && value.value;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function rootsOf(document: DocumentNode): SupergraphIndex['roots'] {
  const roots = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const op of definition.operationTypes ?? []) roots[op.operation] = op.type.name.value;
  }
  return roots;
}

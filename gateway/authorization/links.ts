import { Kind, type ConstDirectiveNode, type ConstValueNode, type DocumentNode } from 'graphql';

/**
 * Finds the names a supergraph gives the directives of the features it links. A supergraph may
 * rename any of them (`@link(url: …, as: "x")`, `import: [{ name: "@d", as: "@e" }]`), and
 * composition does rename the hub's own personal-data feature (`as: "_0personaldata"`), so the
 * policy never assumes a directive's name: it asks the supergraph's `@link`s, as the link spec says.
 */

/** The part of a feature's URL that names it whatever the version: `https://specs.apollo.dev/join`. */
export type FeatureIdentity = string;

export const LINK_IDENTITY = 'https://specs.apollo.dev/link';
export const JOIN_IDENTITY = 'https://specs.apollo.dev/join';
export const REQUIRES_SCOPES_IDENTITY = 'https://specs.apollo.dev/requiresScopes';
export const AUTHENTICATED_IDENTITY = 'https://specs.apollo.dev/authenticated';
export const POLICY_IDENTITY = 'https://specs.apollo.dev/policy';
/** The hub's own feature tagging personal data: `@personalData(level: "BASIC" | "SENSITIVE")`. */
export const PERSONAL_DATA_IDENTITY = 'https://ioc-hub.vn/personal-data';

interface LinkedFeature {
  /** The prefix of its directives that are not imported: the `as` argument, else the URL's name. */
  readonly prefix: string;
  /** The URL's name, e.g. `join`, `requiresScopes`, `personal-data`. */
  readonly name: string;
  /** Imported directives: name in the feature (without `@`) → name in the supergraph. */
  readonly imports: ReadonlyMap<string, string>;
}

export interface SupergraphLinks {
  /**
   * The name in the supergraph of directive `directive` (without `@`) of feature `identity`, or
   * null when the supergraph does not link that feature (then no element can carry the directive).
   */
  directiveName(identity: FeatureIdentity, directive: string): string | null;
}

/** Reads the `@link`s on the schema definition (and its extensions) of a supergraph. */
export function readLinks(supergraph: DocumentNode): SupergraphLinks {
  const schemaDirectives: ConstDirectiveNode[] = [];
  for (const definition of supergraph.definitions) {
    if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) schemaDirectives.push(...(definition.directives ?? []));
  }
  // The link spec links itself, so the name of `@link` is found by what it points at, not by name.
  const linkName = schemaDirectives.find((d) => identityOf(stringArgument(d, 'url')) === LINK_IDENTITY)?.name.value;
  if (!linkName) throw new Error('The supergraph links no https://specs.apollo.dev/link feature: it is not a federation 2 supergraph.');
  const features = new Map<FeatureIdentity, LinkedFeature>();
  for (const directive of schemaDirectives) {
    if (directive.name.value !== linkName) continue;
    const url = stringArgument(directive, 'url');
    const identity = identityOf(url);
    if (!url || !identity) continue;
    const name = identity.slice(identity.lastIndexOf('/') + 1);
    features.set(identity, { name, prefix: stringArgument(directive, 'as') ?? name, imports: importsOf(argument(directive, 'import')) });
  }
  return {
    directiveName(identity, directive) {
      const feature = features.get(identity);
      if (!feature) return null;
      const imported = feature.imports.get(directive);
      if (imported) return imported;
      // The directive named like its feature is the feature's root: `@requiresScopes`, not `@requiresScopes__requiresScopes`.
      return directive === feature.name ? feature.prefix : `${feature.prefix}__${directive}`;
    },
  };
}

/** `https://specs.apollo.dev/join/v0.4` → `https://specs.apollo.dev/join`; null when there is no version. */
function identityOf(url: string | null): FeatureIdentity | null {
  const match = url ? /^(.*)\/v\d+\.\d+\/?$/.exec(url) : null;
  return match?.[1] ?? null;
}

function importsOf(value: ConstValueNode | null): Map<string, string> {
  const imports = new Map<string, string>();
  const items = value?.kind === Kind.LIST ? value.values : value ? [value] : [];
  for (const item of items) {
    if (item.kind === Kind.STRING) {
      if (item.value.startsWith('@')) imports.set(item.value.slice(1), item.value.slice(1));
    } else if (item.kind === Kind.OBJECT) {
      const field = (name: string) => item.fields.find((f) => f.name.value === name)?.value;
      const name = field('name');
      const as = field('as') ?? name;
      if (name?.kind === Kind.STRING && as?.kind === Kind.STRING && name.value.startsWith('@')) imports.set(name.value.slice(1), as.value.replace(/^@/, ''));
    }
  }
  return imports;
}

export function argument(directive: ConstDirectiveNode, name: string): ConstValueNode | null {
  return directive.arguments?.find((a) => a.name.value === name)?.value ?? null;
}

export function stringArgument(directive: ConstDirectiveNode, name: string): string | null {
  const value = argument(directive, name);
  return value?.kind === Kind.STRING ? value.value : null;
}

import type { NonEmptyArray } from 'type-graphql';
import type { Caller } from '../../lib/caller.js';
import type { SubgraphContext } from './context/context.js';
import type { Database } from './database/database.js';
import type { Migration } from './database/migrate.js';
import type { Seeder } from './database/seed-state.js';
import type { IndicatorSet } from './indicators/indicator-spec.js';

/** Resolves an entity from the key fields another subgraph sends (`__resolveReference`). */
export type ReferenceResolver<Services> = (
  reference: Record<string, unknown>,
  context: SubgraphContext<Services>,
) => unknown;

/** What the kit tells a sector's repositories about the server they serve. */
export interface RepositoryOptions {
  /** How long results may be reused across requests (the subgraph's Cache-Control max-age). */
  readonly cacheMaxAgeSeconds: number;
}

/**
 * Everything that makes a sector a subgraph. The kit does the rest: schema, server, health,
 * context, error translation, migrations and seeding of the embedded database.
 */
export interface SubgraphDefinition<Repositories = unknown, Services = unknown> {
  /** Subgraph name in the supergraph, kebab-case (`admin-units`); env vars use it upper-snake-cased. */
  readonly name: string;
  /** Port for `npm start` and the committed supergraph's URLs. */
  readonly defaultPort: number;
  // type-graphql takes resolver and type classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  readonly entities?: Record<string, ReferenceResolver<Services>>;
  /**
   * The indicators the sector's `indicators(period)` field computes, with the field that carries them
   * on AdministrativeUnit; docs/indicators.md is generated from these.
   */
  readonly indicators?: IndicatorSet;
  /** The demo schema; never run against a department's own database unless asked to. */
  readonly migrations: readonly Migration[];
  /** Writes demo (or, for admin-units, reference) data into a freshly migrated database. */
  readonly seed: Seeder;
  /** Built once per server over the open database; state shared across requests lives here. */
  createRepositories(db: Database, options: RepositoryOptions): Repositories;
  /** Built per request: services and their DataLoaders, for this caller only. */
  createServices(repositories: Repositories, caller: Caller): Services;
}

/**
 * A definition whose repositories and services types are not known to the caller (the registry,
 * the scripts): TypeScript has no existential types, and each definition is only ever used with its
 * own types, so `any` here erases nothing that matters.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphDefinition = SubgraphDefinition<any, any>;

/** Identity helper that keeps the generic parameters inferred at the declaration site. */
export function defineSubgraph<R, S>(definition: SubgraphDefinition<R, S>): SubgraphDefinition<R, S> {
  return definition;
}

/** `admin-units` → `ADMIN_UNITS`, the prefix of the sector's env vars. */
export const envPrefix = (name: string): string => name.toUpperCase().replace(/-/g, '_');

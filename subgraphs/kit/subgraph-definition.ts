import type { Express } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import type { Role } from '../../lib/caller.js';
import type { CallerVerifier } from '../../lib/caller-token.js';
import type { Env } from '../../lib/env.js';
import type { Logger } from '../../lib/logger.js';
import type { SubgraphContext } from './context/context.js';
import type { RequestScope } from './context/request-scope.js';
import type { Database } from './database/database.js';
import type { Migration } from './database/migrate.js';
import type { Seeder } from './database/seed-state.js';
import type { IndicatorSet } from './indicators/indicator-spec.js';

/** Resolves an entity from the key fields another subgraph sends (`__resolveReference`). */
export type ReferenceResolver<Services> = (reference: Record<string, unknown>, context: SubgraphContext<Services>) => unknown;

/** What the kit tells a subgraph's repositories about the server they serve. */
export interface RepositoryOptions {
  /** How long results may be reused across requests (the subgraph's Cache-Control max-age). */
  readonly cacheMaxAgeSeconds: number;
  /** The environment the process's config was read from: a subgraph's own settings, read once here. */
  readonly env: Env;
}

/**
 * What tooling needs to know of a sector beyond its schema: the field it adds to
 * `AdministrativeUnit`, its indicators (docs/indicators.md), the list a dashboard overview shows
 * (clients/queries/province-overview.graphql) and the README's sector table. Generated files read
 * it, so a new sector appears in all of them from its declaration alone.
 */
export interface SectorInfo {
  /** The field on `AdministrativeUnit`, e.g. `incidents`. */
  readonly field: string;
  /** The GraphQL type of that field, e.g. `Incidents`. */
  readonly typeName: string;
  readonly indicators: IndicatorSet;
  /** The list of records the province overview shows for each unit, with its selection. */
  readonly overview: { readonly list: string; readonly arguments?: string; readonly selection: string };
  /** For the README: the department system the sector mirrors, and its records and lists. */
  readonly about: { readonly mirrors: string; readonly records: string };
  /**
   * The 0/1 column the department's system marks soft-deleted rows with, on every table that has
   * soft deletes (`DaXoa`, `DAXOA`, …): the shared conformance suite checks that no flagged row is
   * ever counted or listed.
   */
  readonly deletedFlag: string;
}

/**
 * Everything that makes a subgraph. The kit does the rest: schema, server, health, context, error
 * translation, migrations and seeding of the embedded database. Sectors are declared with
 * `defineSector`, which builds this from a smaller declaration and fills in `sector`.
 */
export interface SubgraphDefinition<Repositories = unknown, Services = unknown> {
  /** Subgraph name in the supergraph, kebab-case (`admin-units`); env vars use it upper-snake-cased. */
  readonly name: string;
  /** Port for `npm start` and the committed supergraph's URLs. */
  readonly defaultPort: number;
  /**
   * The roles the gateway lets read this subgraph's fields (schema/grants.json is generated from
   * it). Default: every role; sectors narrow their records by role and area themselves.
   */
  readonly grantedTo?: readonly Role[];
  /**
   * How long the gateway may reuse this subgraph's answers, overriding `CACHE_MAX_AGE_SECONDS`:
   * 0 for data that changes with every request (the audit trail).
   */
  readonly cacheMaxAgeSeconds?: number;
  // type-graphql takes resolver and type classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  readonly entities?: Record<string, ReferenceResolver<Services>>;
  /** Present for a sector: what generated files and shared tests know of it. */
  readonly sector?: SectorInfo;
  /**
   * The subgraph writes to its database while serving (the audit trail appends): its deployed user
   * may SELECT, INSERT and UPDATE (the log's own triggers keep it append-only). Every other subgraph
   * only reads, and is deployed with a read-only user.
   */
  readonly writesAtRuntime?: boolean;
  /** The demo schema; never run against a department's own database unless asked to. */
  readonly migrations: readonly Migration[];
  /** Writes demo (or, for admin-units, reference) data into a freshly migrated database. */
  readonly seed: Seeder;
  /** Built once per server over the open database; state shared across requests lives here. */
  createRepositories(db: Database, options: RepositoryOptions): Repositories;
  /** Built per request: services and their DataLoaders, for this request's scope only. */
  createServices(repositories: Repositories, scope: RequestScope): Services;
  /** HTTP routes of its own beside `/graphql` (e.g. the audit trail's ingest), each checking its caller. */
  routes?(app: Express, context: { repositories: Repositories; logger: Logger; verifierFor: (audience?: string) => CallerVerifier }): void;
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

import type { ClassType, NonEmptyArray } from 'type-graphql';
import type { SubgraphContext } from '../context/context.js';
import type { RequestScope } from '../context/request-scope.js';
import type { Database } from '../database/database.js';
import type { Migration } from '../database/migrate.js';
import type { Seeder } from '../database/seed-state.js';
import { IndicatorService, type MeasureLoader, type PublicationDatesLoader } from '../indicators/indicator.service.js';
import type { IndicatorSet } from '../indicators/indicator-spec.js';
import { MeasureCache } from '../indicators/measure-cache.js';
import type { ReferenceResolver, SectorInfo, SubgraphDefinition } from '../subgraph-definition.js';
import { resolveAreaReference } from '../units/area-reference.type.js';
import { resolveUnitReference } from '../units/unit-reference.type.js';
import { buildSectorShell, type ShellServices } from './sector-shell.js';
import type { SectorType } from './sector-type.js';

/**
 * A sector as its author declares it: what is its own. The kit builds the rest (see `defineSector`).
 * `Repositories` are built once per server, `Services` once per request.
 */
export interface SectorDeclaration<Repositories, Services> {
  /** Subgraph name, kebab-case; also the sector's name in credentials and env vars. */
  readonly name: string;
  readonly defaultPort: number;
  /** The sector's type and its field on `AdministrativeUnit` (`defineSectorType`). */
  readonly type: SectorType;
  readonly indicators: IndicatorSet;
  /**
   * The repository of the sector's one aggregate statement (sums of measures per recorded unit code);
   * for a source with publications (`indicators.publications`), also the days its rows were published.
   */
  measures(repositories: Repositories): { measuresOver: MeasureLoader; publicationDates?: PublicationDatesLoader };
  /** The sector's own resolvers: its lists on `type`, root lookups, its entities' fields. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly orphanedTypes?: Function[];
  /** Record types (extending `RecordedInUnit`) that get the `unit` field. */
  readonly records?: ReadonlyArray<ClassType>;
  /** `__resolveReference` of the sector's own entities. */
  readonly entities?: Record<string, ReferenceResolver<Services & ShellServices>>;
  readonly migrations: readonly Migration[];
  readonly seed: Seeder;
  createRepositories(db: Database): Repositories;
  createServices(repositories: Repositories, scope: RequestScope): Services;
  readonly overview: SectorInfo['overview'];
  readonly about: SectorInfo['about'];
  readonly deletedFlag: SectorInfo['deletedFlag'];
}

/** What the kit keeps per server for a sector: the sector's repositories and the shared measure cache. */
export interface SectorRepositories<Repositories> {
  readonly own: Repositories;
  readonly measures: MeasureCache;
}

/**
 * Turns a sector declaration into a subgraph: adds the `AdministrativeUnit` reference and the
 * sector's field on it, `indicators(period)` backed by one measure cache per server and one
 * IndicatorService per request, `unit` on every record type, and `__resolveReference` for units.
 */
export function defineSector<R, S>(declaration: SectorDeclaration<R, S>): SubgraphDefinition<SectorRepositories<R>, S & ShellServices> {
  const shell = buildSectorShell(declaration.type, declaration.indicators, declaration.records ?? []);
  return {
    name: declaration.name,
    defaultPort: declaration.defaultPort,
    resolvers: [...shell.resolvers, ...declaration.resolvers] as SubgraphDefinition['resolvers'],
    orphanedTypes: [...shell.orphanedTypes, ...(declaration.orphanedTypes ?? [])],
    entities: { AdministrativeUnit: resolveUnitReference, Area: resolveAreaReference, ...declaration.entities },
    migrations: declaration.migrations,
    seed: declaration.seed,
    sector: {
      field: declaration.type.field,
      typeName: declaration.type.typeName,
      indicators: declaration.indicators,
      overview: declaration.overview,
      about: declaration.about,
      deletedFlag: declaration.deletedFlag,
    },
    createRepositories(db, options) {
      const repositories = { own: declaration.createRepositories(db) } as { own: R; measures: MeasureCache };
      // Looked up at each call, so that a repository replaced in the tree (a test's recorder) is used.
      repositories.measures = new MeasureCache((requests) => declaration.measures(repositories.own).measuresOver(requests), options.cacheMaxAgeSeconds);
      return repositories;
    },
    createServices(repositories, scope) {
      const publicationDates: PublicationDatesLoader = async (requests) => {
        const measures = declaration.measures(repositories.own);
        if (!measures.publicationDates) throw new Error(`${declaration.name}: indicators with publications need measures(…).publicationDates`);
        return measures.publicationDates(requests);
      };
      const indicators = new IndicatorService({ set: declaration.indicators, load: repositories.measures.measures, publicationDates, scope });
      return { ...declaration.createServices(repositories.own, scope), indicators };
    },
  };
}

/** The context of a sector's own resolvers: its services plus the ones the kit adds. */
export type SectorContext<Services> = SubgraphContext<Services & ShellServices>;

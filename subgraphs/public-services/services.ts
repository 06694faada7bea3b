import { MeasureCache } from '../kit/indicators/measure-cache.js';
import type { RepositoryOptions } from '../kit/subgraph-definition.js';
import type { Caller } from '../../lib/caller.js';
import type { SubgraphContext } from '../kit/context/context.js';
import type { Database } from '../kit/database/database.js';
import { IndicatorService } from '../kit/indicators/indicator.service.js';
import { unitDirectory } from '../kit/units/unit-directory.js';
import { createAgencyLoaders } from './agencies/agency.loader.js';
import { AgencyRepository } from './agencies/agency.repository.js';
import { AgencyService } from './agencies/agency.service.js';
import { createDossierLoaders } from './dossiers/dossier.loader.js';
import { DossierRepository } from './dossiers/dossier.repository.js';
import { DossierService } from './dossiers/dossier.service.js';
import { PUBLIC_SERVICE_INDICATOR_SET } from './indicators/indicator-specs.js';
import { MeasureRepository } from './indicators/measure.repository.js';
import { createProcedureLoaders } from './procedures/procedure.loader.js';
import { ProcedureRepository } from './procedures/procedure.repository.js';
import { ProcedureService } from './procedures/procedure.service.js';

export interface PublicServicesRepositories {
  dossiers: DossierRepository;
  procedures: ProcedureRepository;
  agencies: AgencyRepository;
  /** The aggregate statement behind a cache shared by the requests this server serves. */
  measures: MeasureCache;
}

export interface PublicServicesServices {
  dossiers: DossierService;
  procedures: ProcedureService;
  agencies: AgencyService;
  indicators: IndicatorService;
}

export type PublicServicesContext = SubgraphContext<PublicServicesServices>;

/** Built once per process over the open database. */
export function createRepositories(db: Database, options: RepositoryOptions): PublicServicesRepositories {
  const measures = new MeasureRepository(db);
  return {
    dossiers: new DossierRepository(db),
    procedures: new ProcedureRepository(db),
    agencies: new AgencyRepository(db),
    measures: new MeasureCache((codes, period) => measures.measures(codes, period), options.cacheMaxAgeSeconds),
  };
}

/** Built per request: the services and their DataLoaders, narrowed to this caller's area. */
export function createServices(repositories: PublicServicesRepositories, caller: Caller): PublicServicesServices {
  const allowed = unitDirectory.allowedCodes(caller.area);
  return {
    dossiers: new DossierService(createDossierLoaders(repositories.dossiers, allowed ? [...allowed] : null, caller.area), new Date()),
    procedures: new ProcedureService(createProcedureLoaders(repositories.procedures)),
    agencies: new AgencyService(createAgencyLoaders(repositories.agencies)),
    indicators: new IndicatorService({
      set: PUBLIC_SERVICE_INDICATOR_SET,
      load: repositories.measures.measures,
      area: caller.area,
    }),
  };
}

import type { RequestScope } from '../kit/context/request-scope.js';
import type { Database } from '../kit/database/database.js';
import type { SectorContext } from '../kit/sector/define-sector.js';
import { createAgencyLoaders } from './agencies/agency.loader.js';
import { AgencyRepository } from './agencies/agency.repository.js';
import { AgencyService } from './agencies/agency.service.js';
import { createDossierLoaders } from './dossiers/dossier.loader.js';
import { DossierRepository } from './dossiers/dossier.repository.js';
import { DossierService } from './dossiers/dossier.service.js';
import { PublicServicesMeasures } from './indicators/measure.repository.js';
import { createProcedureLoaders } from './procedures/procedure.loader.js';
import { ProcedureRepository } from './procedures/procedure.repository.js';
import { ProcedureService } from './procedures/procedure.service.js';

/** Built once per server over the open database. */
export function createRepositories(db: Database) {
  return {
    measures: new PublicServicesMeasures(db),
    dossiers: new DossierRepository(db),
    procedures: new ProcedureRepository(db),
    agencies: new AgencyRepository(db),
  };
}

/** Built per request: the services and their DataLoaders, narrowed to the request's scope. */
export function createServices(repositories: Repositories, scope: RequestScope) {
  return {
    dossiers: new DossierService(createDossierLoaders(repositories.dossiers, scope), scope),
    procedures: new ProcedureService(createProcedureLoaders(repositories.procedures)),
    agencies: new AgencyService(createAgencyLoaders(repositories.agencies)),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type Services = ReturnType<typeof createServices>;
export type Context = SectorContext<Services>;

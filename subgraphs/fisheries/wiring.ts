import type { RequestScope } from '../kit/context/request-scope.js';
import type { Database } from '../kit/database/database.js';
import type { SectorContext } from '../kit/sector/define-sector.js';
import { FisheriesMeasures } from './indicators/measure.repository.js';
import { FishingPortRepository } from './port-calls/fishing-port.repository.js';
import { createPortCallLoaders } from './port-calls/port-call.loader.js';
import { PortCallRepository } from './port-calls/port-call.repository.js';
import { PortCallService } from './port-calls/port-call.service.js';
import { createVesselLoaders } from './vessels/vessel.loader.js';
import { VesselRepository } from './vessels/vessel.repository.js';
import { VesselService } from './vessels/vessel.service.js';
import { createViolationLoaders } from './violations/violation.loader.js';
import { ViolationRepository } from './violations/violation.repository.js';
import { ViolationService } from './violations/violation.service.js';
import { createVmsLoaders } from './vms/vms.loader.js';
import { VmsRepository } from './vms/vms.repository.js';
import { VmsService } from './vms/vms.service.js';

/** Built once per server over the open database. */
export function createRepositories(db: Database) {
  return {
    measures: new FisheriesMeasures(db),
    vessels: new VesselRepository(db),
    vms: new VmsRepository(db),
    portCalls: new PortCallRepository(db),
    ports: new FishingPortRepository(db),
    violations: new ViolationRepository(db),
  };
}

/** Built per request: the services and their DataLoaders, narrowed to the request's scope. */
export function createServices(repositories: Repositories, scope: RequestScope) {
  return {
    vessels: new VesselService(createVesselLoaders(repositories.vessels, scope)),
    vms: new VmsService(createVmsLoaders(repositories.vms, scope)),
    portCalls: new PortCallService(createPortCallLoaders(repositories.portCalls, repositories.ports, scope)),
    violations: new ViolationService(createViolationLoaders(repositories.violations, scope)),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type Services = ReturnType<typeof createServices>;
export type Context = SectorContext<Services>;

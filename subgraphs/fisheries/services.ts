import { MeasureCache } from '../kit/indicators/measure-cache.js';
import type { RepositoryOptions } from '../kit/subgraph-definition.js';
import type { Caller } from '../../lib/caller.js';
import type { Database } from '../kit/database/database.js';
import { IndicatorService } from '../kit/indicators/indicator.service.js';
import { unitDirectory } from '../kit/units/unit-directory.js';
import { FISHERIES_INDICATOR_SET } from './indicators/fisheries-indicators.js';
import { IndicatorRepository } from './indicators/indicator.repository.js';
import type { AllowedCodes } from '../kit/database/sector-repository.js';
import { PortCallRepository } from './port-calls/port-call.repository.js';
import { PortCallService } from './port-calls/port-call.service.js';
import { VesselRepository } from './vessels/vessel.repository.js';
import { VesselService } from './vessels/vessel.service.js';
import { ViolationRepository } from './violations/violation.repository.js';
import { ViolationService } from './violations/violation.service.js';
import { VmsRepository } from './vms/vms.repository.js';
import { VmsService } from './vms/vms.service.js';

export function createFisheriesRepositories(db: Database, options: RepositoryOptions) {
  const indicators = new IndicatorRepository(db);
  return {
    indicators,
    measures: new MeasureCache((codes, period) => indicators.measures(codes, period), options.cacheMaxAgeSeconds),
    vessels: new VesselRepository(db),
    vms: new VmsRepository(db),
    portCalls: new PortCallRepository(db),
    violations: new ViolationRepository(db),
  };
}

export type FisheriesRepositories = ReturnType<typeof createFisheriesRepositories>;

/** Per request: every service and its DataLoaders see only the caller's area. */
export function createFisheriesServices(repositories: FisheriesRepositories, caller: Caller) {
  const allowedSet = unitDirectory.allowedCodes(caller.area);
  const allowed: AllowedCodes = allowedSet ? [...allowedSet] : null;
  return {
    indicators: new IndicatorService({
      set: FISHERIES_INDICATOR_SET,
      load: repositories.measures.measures,
      area: caller.area,
    }),
    vessels: new VesselService(repositories.vessels, allowed, caller.area),
    vms: new VmsService(repositories.vms, allowed),
    portCalls: new PortCallService(repositories.portCalls, allowed, caller.area),
    violations: new ViolationService(repositories.violations, allowed, caller.area),
  };
}

export type FisheriesServices = ReturnType<typeof createFisheriesServices>;

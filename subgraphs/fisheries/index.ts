import { fisheriesMigrations } from '../../migrations/fisheries/index.js';
import { findByRowId } from '../kit/graphql/ids.js';
import { defineSubgraph } from '../kit/subgraph-definition.js';
import { resolveUnitReference } from '../kit/units/unit-reference.type.js';
import { PortCallResolver } from './port-calls/port-call.resolver.js';
import { FishingPortType, PortCallType } from './port-calls/port-call.type.js';
import { seedFisheries } from './seed/fisheries.seed.js';
import { createFisheriesRepositories, createFisheriesServices } from './services.js';
import { FisheriesResolver, FisheriesUnitResolver } from './unit/fisheries.resolver.js';
import { FisheriesUnit } from './unit/fisheries.type.js';
import { VesselResolver } from './vessels/vessel.resolver.js';
import { VesselType } from './vessels/vessel.type.js';
import { ViolationResolver } from './violations/violation.resolver.js';
import { ViolationObject } from './violations/violation.type.js';
import { PositionReportResolver, VmsDeviceResolver } from './vms/vms.resolver.js';
import { PositionReportType, VmsDeviceType } from './vms/vms.type.js';
import { FISHERIES_INDICATOR_SET } from './indicators/fisheries-indicators.js';

/**
 * The fisheries subgraph: the provincial fishing-vessel registry and its VMS, port-check and
 * violation records, added to `AdministrativeUnit` as `fisheries`.
 */
export const fisheries = defineSubgraph({
  name: 'fisheries',
  defaultPort: 4003,
  indicators: FISHERIES_INDICATOR_SET,
  resolvers: [
    FisheriesUnitResolver,
    FisheriesResolver,
    VesselResolver,
    VmsDeviceResolver,
    PositionReportResolver,
    PortCallResolver,
    ViolationResolver,
  ],
  orphanedTypes: [FisheriesUnit, VesselType, VmsDeviceType, PositionReportType, PortCallType, FishingPortType, ViolationObject],
  migrations: fisheriesMigrations,
  seed: seedFisheries,
  createRepositories: createFisheriesRepositories,
  createServices: createFisheriesServices,
  entities: {
    AdministrativeUnit: resolveUnitReference,
    Vessel: (ref, ctx) => ctx.services.vessels.byRegistrationNumber(String(ref.registrationNumber ?? '')),
    VmsDevice: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.vms.device(id)),
    PositionReport: (ref, ctx) => ctx.services.vms.position(String(ref.id ?? '')),
    PortCall: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.portCalls.byId(id)),
    Violation: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.violations.byId(id)),
    FishingPort: (ref, ctx) => ctx.services.portCalls.port(String(ref.code ?? '')),
  },
});

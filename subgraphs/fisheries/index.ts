import { fisheriesMigrations } from '../../migrations/fisheries/index.js';
import { findByRowId } from '../kit/graphql/ids.js';
import { defineSector } from '../kit/sector/define-sector.js';
import { INDICATORS } from './indicators/indicators.js';
import { PortCallResolver } from './port-calls/port-call.resolver.js';
import { FishingPort, PortCall } from './port-calls/port-call.type.js';
import { FisheriesResolver } from './sector/sector.resolver.js';
import { Fisheries } from './sector/sector.type.js';
import { seedFisheries } from './seed/fisheries.seed.js';
import { VesselResolver } from './vessels/vessel.resolver.js';
import { Vessel } from './vessels/vessel.type.js';
import { ViolationResolver } from './violations/violation.resolver.js';
import { Violation } from './violations/violation.type.js';
import { PositionReportResolver, VmsDeviceResolver } from './vms/vms.resolver.js';
import { PositionReport, VmsDevice } from './vms/vms.type.js';
import { createRepositories, createServices } from './wiring.js';

/**
 * The fisheries subgraph: the provincial fishing-vessel registry and its VMS, port-check and
 * violation records, added to `AdministrativeUnit` as `fisheries`.
 */
export const fisheries = defineSector({
  name: 'fisheries',
  defaultPort: 4003,
  type: Fisheries,
  indicators: INDICATORS,
  measures: (repositories) => repositories.measures,
  resolvers: [FisheriesResolver, VesselResolver, VmsDeviceResolver, PositionReportResolver, PortCallResolver, ViolationResolver],
  // Reachable only through federation (`_entities`): type-graphql must be told about them.
  orphanedTypes: [Vessel, VmsDevice, PositionReport, PortCall, FishingPort, Violation],
  records: [Vessel, PortCall, Violation],
  entities: {
    Vessel: (ref, ctx) => ctx.services.vessels.byRegistrationNumber(String(ref.registrationNumber ?? '')),
    VmsDevice: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.vms.device(id)),
    PositionReport: (ref, ctx) => ctx.services.vms.position(String(ref.id ?? '')),
    PortCall: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.portCalls.byId(id)),
    Violation: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.violations.byId(id)),
    FishingPort: (ref, ctx) => ctx.services.portCalls.port(String(ref.code ?? '')),
  },
  migrations: fisheriesMigrations,
  seed: seedFisheries,
  createRepositories,
  createServices,
  deletedFlag: 'DAXOA',
  overview: { list: 'vessels', arguments: 'first: $records', selection: 'nodes { registrationNumber lengthMeters lengthClass }' },
  about: {
    mirrors: 'fishing-vessel registry and VMS, ALL-CAPS (`TAUCA`, `SODANGKY`, `BANTIN_VITRI`)',
    records: 'vessels with owner, VMS devices, positions, port calls, violations',
  },
});

import { publicServicesMigrations } from '../../migrations/public-services/index.js';
import { findByRowId } from '../kit/graphql/ids.js';
import { defineSubgraph } from '../kit/subgraph-definition.js';
import { resolveUnitReference } from '../kit/units/unit-reference.type.js';
import { AgencyResolver } from './agencies/agency.resolver.js';
import { DossierResolver } from './dossiers/dossier.resolver.js';
import { ProcedureResolver } from './procedures/procedure.resolver.js';
import { seedPublicServices } from './seed/seed.js';
import { createRepositories, createServices } from './services.js';
import { PublicServicesResolver } from './units/public-services.resolver.js';
import { UnitPublicServicesResolver } from './units/unit-public-services.resolver.js';
import { PUBLIC_SERVICE_INDICATOR_SET } from './indicators/indicator-specs.js';

/**
 * The public-services subgraph (dịch vụ công): the province's one-stop dossier system, read in
 * place. Adds `publicServices` to `AdministrativeUnit` and owns `Dossier`, `Procedure`, `Agency`.
 */
export const publicServices = defineSubgraph({
  name: 'public-services',
  defaultPort: 4002,
  indicators: PUBLIC_SERVICE_INDICATOR_SET,
  resolvers: [UnitPublicServicesResolver, PublicServicesResolver, DossierResolver, ProcedureResolver, AgencyResolver],
  migrations: publicServicesMigrations,
  seed: seedPublicServices,
  createRepositories,
  createServices,
  entities: {
    AdministrativeUnit: resolveUnitReference,
    Dossier: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.dossiers.byId(id)),
    Procedure: (ref, ctx) => ctx.services.procedures.byCode(String(ref.code)),
    Agency: (ref, ctx) => ctx.services.agencies.byCode(String(ref.code)),
  },
});

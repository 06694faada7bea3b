import { publicServicesMigrations } from '../../migrations/public-services/index.js';
import { findByRowId } from '../kit/graphql/ids.js';
import { defineSector } from '../kit/sector/define-sector.js';
import { AgencyResolver } from './agencies/agency.resolver.js';
import { DossierResolver } from './dossiers/dossier.resolver.js';
import { Dossier } from './dossiers/dossier.type.js';
import { INDICATORS } from './indicators/indicators.js';
import { ProcedureResolver } from './procedures/procedure.resolver.js';
import { PublicServicesResolver } from './sector/sector.resolver.js';
import { PublicServices } from './sector/sector.type.js';
import { seedPublicServices } from './seed/seed.js';
import { createRepositories, createServices } from './wiring.js';

/**
 * The public-services subgraph (dịch vụ công): the province's one-stop dossier system, read in
 * place. Adds `publicServices` to `AdministrativeUnit` and owns `Dossier`, `Procedure`, `Agency`.
 */
export const publicServices = defineSector({
  name: 'public-services',
  defaultPort: 4002,
  type: PublicServices,
  indicators: INDICATORS,
  measures: (repositories) => repositories.measures,
  resolvers: [PublicServicesResolver, DossierResolver, ProcedureResolver, AgencyResolver],
  records: [Dossier],
  entities: {
    Dossier: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.dossiers.byId(id)),
    Procedure: (ref, ctx) => ctx.services.procedures.byCode(String(ref.code)),
    Agency: (ref, ctx) => ctx.services.agencies.byCode(String(ref.code)),
  },
  migrations: publicServicesMigrations,
  seed: seedPublicServices,
  createRepositories,
  createServices,
  deletedFlag: 'DaXoa',
  overview: { list: 'dossiers', arguments: 'period: $period, first: $records', selection: 'nodes { id number receivedAt dueAt status online }' },
  about: {
    mirrors: 'provincial one-stop dossier system, PascalCase Vietnamese (`HoSo`, `NgayHenTra`, `TrangThaiHoSo`)',
    records: 'procedures, agencies, dossiers with applicant',
  },
});

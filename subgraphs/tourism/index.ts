import { tourismMigrations } from '../../migrations/tourism/index.js';
import { findByRowId } from '../kit/graphql/ids.js';
import { defineSector } from '../kit/sector/define-sector.js';
import { AttractionResolver } from './attractions/attraction.resolver.js';
import { TouristAttraction } from './attractions/attraction.type.js';
import { EstablishmentResolver } from './establishments/establishment.resolver.js';
import { AccommodationEstablishment } from './establishments/establishment.type.js';
import { INDICATORS } from './indicators/indicators.js';
import { TourismResolver } from './sector/sector.resolver.js';
import { Tourism } from './sector/sector.type.js';
import { seedTourism } from './seed/tourism.seed.js';
import { MonthlyTourismStatistics } from './statistics/monthly-statistics.type.js';
import { createRepositories, createServices } from './wiring.js';

/**
 * The tourism subgraph (du lịch): the department's accommodation and attraction registers and its
 * monthly statistics table, every estimate and revision kept, read in place. Adds `tourism` to
 * `AdministrativeUnit`; its indicators can be read as published on a day, with their revisions.
 */
export const tourism = defineSector({
  name: 'tourism',
  defaultPort: 4007,
  type: Tourism,
  indicators: INDICATORS,
  measures: (repositories) => repositories.measures,
  resolvers: [TourismResolver, EstablishmentResolver, AttractionResolver],
  orphanedTypes: [MonthlyTourismStatistics],
  records: [AccommodationEstablishment, TouristAttraction, MonthlyTourismStatistics],
  entities: {
    AccommodationEstablishment: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.establishments.byId(id)),
    TouristAttraction: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.attractions.byId(id)),
    MonthlyTourismStatistics: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.statistics.byId(id)),
  },
  migrations: tourismMigrations,
  seed: seedTourism,
  createRepositories,
  createServices,
  deletedFlag: 'DAXOA',
  overview: { list: 'establishments', arguments: 'first: $records', selection: 'nodes { name type stars rooms }' },
  about: {
    mirrors: 'tourism statistics system, ALL-CAPS tables by period (`DL_TK_THANG` with `NAM`, `THANG`, `UOC_TINH`, `LAN`; `DL_CSLT`, `DL_DIEMDULICH`)',
    records: 'accommodation establishments, attractions, monthly statistics with every estimate and revision; no personal data (establishments are businesses)',
  },
});

import { healthMigrations } from '../../migrations/health/index.js';
import { findByRowId } from '../kit/graphql/ids.js';
import { defineSector } from '../kit/sector/define-sector.js';
import { DiseaseCaseReport } from './disease-cases/disease-case.type.js';
import { EpisodeResolver } from './episodes/episode.resolver.js';
import { TreatmentEpisode } from './episodes/episode.type.js';
import { FacilityResolver } from './facilities/facility.resolver.js';
import { INDICATORS } from './indicators/indicators.js';
import { HealthResolver } from './sector/sector.resolver.js';
import { Health } from './sector/sector.type.js';
import { seedHealth } from './seed/health.seed.js';
import { VaccinationResolver } from './vaccinations/vaccination.resolver.js';
import { Vaccination } from './vaccinations/vaccination.type.js';
import { createRepositories, createServices } from './wiring.js';

/**
 * The health subgraph: the provincial health department's facility directory, treatment episodes
 * from the claims XML, weekly notifiable disease reports and the immunisation register.
 */
export const health = defineSector({
  name: 'health',
  defaultPort: 4005,
  type: Health,
  indicators: INDICATORS,
  measures: (repositories) => repositories.measures,
  resolvers: [HealthResolver, FacilityResolver, EpisodeResolver, VaccinationResolver],
  records: [TreatmentEpisode, DiseaseCaseReport, Vaccination],
  entities: {
    HealthFacility: (ref, ctx) => ctx.services.facilities.reference(ref.code),
    TreatmentEpisode: (ref, ctx) => ctx.services.episodes.byKey(ref.episodeKey),
    DiseaseCaseReport: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.diseaseCases.byId(id)),
    Vaccination: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.vaccinations.byId(id)),
  },
  migrations: healthMigrations,
  seed: seedHealth,
  createRepositories,
  createServices,
  deletedFlag: 'DAXOA',
  overview: { list: 'treatmentEpisodes', arguments: 'first: $records', selection: 'nodes { episodeKey admittedOn }' },
  about: {
    mirrors: 'health department systems in the Ministry of Health claims-XML field codes (`XML1_TONG_HOP.MA_LK`, `MA_BENH_CHINH`, `MAXA_CU_TRU`, `DM_CSKCB`)',
    records: 'facilities with beds, treatment episodes with patient and ICD-10 diagnoses, weekly notifiable disease reports, vaccinations',
  },
});

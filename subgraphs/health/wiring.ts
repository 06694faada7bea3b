import type { RequestScope } from '../kit/context/request-scope.js';
import type { Database } from '../kit/database/database.js';
import type { SectorContext } from '../kit/sector/define-sector.js';
import { createDiseaseCaseLoaders } from './disease-cases/disease-case.loader.js';
import { DiseaseCaseRepository } from './disease-cases/disease-case.repository.js';
import { DiseaseCaseService } from './disease-cases/disease-case.service.js';
import { createEpisodeLoaders } from './episodes/episode.loader.js';
import { EpisodeRepository } from './episodes/episode.repository.js';
import { EpisodeService } from './episodes/episode.service.js';
import { IcdRepository } from './episodes/icd.repository.js';
import { FacilityDirectoryRepository } from './facilities/facility-directory.repository.js';
import { createFacilityLoaders } from './facilities/facility.loader.js';
import { FacilityRepository } from './facilities/facility.repository.js';
import { FacilityService } from './facilities/facility.service.js';
import { HealthMeasures } from './indicators/measure.repository.js';
import { createVaccinationLoaders } from './vaccinations/vaccination.loader.js';
import { VaccinationRepository } from './vaccinations/vaccination.repository.js';
import { VaccinationService } from './vaccinations/vaccination.service.js';

/** Built once per server over the open database. */
export function createRepositories(db: Database) {
  return {
    measures: new HealthMeasures(db),
    facilities: new FacilityRepository(db),
    facilityDirectory: new FacilityDirectoryRepository(db),
    episodes: new EpisodeRepository(db),
    icd: new IcdRepository(db),
    diseaseCases: new DiseaseCaseRepository(db),
    vaccinations: new VaccinationRepository(db),
  };
}

/** Built per request: the services and their DataLoaders, narrowed to the request's scope. */
export function createServices(repositories: Repositories, scope: RequestScope) {
  return {
    facilities: new FacilityService(createFacilityLoaders(repositories.facilities, repositories.facilityDirectory, scope)),
    episodes: new EpisodeService(createEpisodeLoaders(repositories.episodes, repositories.icd, scope)),
    diseaseCases: new DiseaseCaseService(createDiseaseCaseLoaders(repositories.diseaseCases, scope)),
    vaccinations: new VaccinationService(createVaccinationLoaders(repositories.vaccinations, scope)),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type Services = ReturnType<typeof createServices>;
export type Context = SectorContext<Services>;

import type { RequestScope } from '../kit/context/request-scope.js';
import type { Database } from '../kit/database/database.js';
import type { SectorContext } from '../kit/sector/define-sector.js';
import { createAttractionLoaders } from './attractions/attraction.loader.js';
import { AttractionRepository } from './attractions/attraction.repository.js';
import { AttractionService } from './attractions/attraction.service.js';
import { createEstablishmentLoaders } from './establishments/establishment.loader.js';
import { EstablishmentRepository } from './establishments/establishment.repository.js';
import { EstablishmentService } from './establishments/establishment.service.js';
import { TourismMeasures } from './indicators/measure.repository.js';
import { createMonthlyStatisticsLoaders } from './statistics/monthly-statistics.loader.js';
import { MonthlyStatisticsRepository } from './statistics/monthly-statistics.repository.js';
import { MonthlyStatisticsService } from './statistics/monthly-statistics.service.js';

/** Built once per server over the open database. */
export function createRepositories(db: Database) {
  return {
    measures: new TourismMeasures(db),
    establishments: new EstablishmentRepository(db),
    attractions: new AttractionRepository(db),
    statistics: new MonthlyStatisticsRepository(db),
  };
}

/** Built per request: the services and their DataLoaders, narrowed to the request's scope. */
export function createServices(repositories: Repositories, scope: RequestScope) {
  return {
    establishments: new EstablishmentService(createEstablishmentLoaders(repositories.establishments, scope)),
    attractions: new AttractionService(createAttractionLoaders(repositories.attractions, scope)),
    statistics: new MonthlyStatisticsService(createMonthlyStatisticsLoaders(repositories.statistics, scope)),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type Services = ReturnType<typeof createServices>;
export type Context = SectorContext<Services>;

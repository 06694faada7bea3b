import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { MonthlyStatisticsRepository } from './monthly-statistics.repository.js';

/** The per-request DataLoaders of the monthly statistics rows, all scoped to the caller's area. */
export function createMonthlyStatisticsLoaders(repository: MonthlyStatisticsRepository, scope: RequestScope) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, scope.records), (s) => s.id),
    pages: scopedPages(scope, repository),
  };
}

export type MonthlyStatisticsLoaders = ReturnType<typeof createMonthlyStatisticsLoaders>;

import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { VaccinationRepository } from './vaccination.repository.js';

/** The per-request DataLoaders of doses and their children, all scoped to the caller's area. */
export function createVaccinationLoaders(repository: VaccinationRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, area), (v) => v.id),
    childOf: rowLoader((ids: readonly number[]) => repository.childrenOf(ids, area), (c) => c.vaccinationId),
    pages: scopedPages(scope, repository),
  };
}

export type VaccinationLoaders = ReturnType<typeof createVaccinationLoaders>;

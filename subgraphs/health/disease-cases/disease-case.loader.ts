import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { DiseaseCaseRepository } from './disease-case.repository.js';

/** The per-request DataLoaders of weekly disease reports, all scoped to the caller's area. */
export function createDiseaseCaseLoaders(repository: DiseaseCaseRepository, scope: RequestScope) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, scope.records), (r) => r.id),
    pages: scopedPages(scope, repository),
  };
}

export type DiseaseCaseLoaders = ReturnType<typeof createDiseaseCaseLoaders>;

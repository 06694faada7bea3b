import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { EstablishmentRepository } from './establishment.repository.js';

/** The per-request DataLoaders of accommodation establishments, all scoped to the caller's area. */
export function createEstablishmentLoaders(repository: EstablishmentRepository, scope: RequestScope) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, scope.records), (e) => e.id),
    pages: scopedPages(scope, repository),
  };
}

export type EstablishmentLoaders = ReturnType<typeof createEstablishmentLoaders>;

import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { ParcelRepository } from './parcel.repository.js';

/** The per-request DataLoaders of parcels, all scoped to the caller's area. */
export function createParcelLoaders(repository: ParcelRepository, scope: RequestScope) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, scope.records), (p) => p.id),
    pages: scopedPages(scope, repository),
  };
}

export type ParcelLoaders = ReturnType<typeof createParcelLoaders>;

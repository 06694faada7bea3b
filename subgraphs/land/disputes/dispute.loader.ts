import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { groupLoader, rowLoader } from '../../kit/loaders.js';
import type { DisputeRepository } from './dispute.repository.js';

/** The per-request DataLoaders of land disputes, all scoped to the caller's area. */
export function createDisputeLoaders(repository: DisputeRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, area), (d) => d.id),
    ofParcel: groupLoader((ids: readonly number[]) => repository.ofParcels(ids, area), (d) => d.parcelId),
    pages: scopedPages(scope, repository),
  };
}

export type DisputeLoaders = ReturnType<typeof createDisputeLoaders>;

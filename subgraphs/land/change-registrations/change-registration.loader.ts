import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { groupLoader, rowLoader } from '../../kit/loaders.js';
import type { ChangeRegistrationRepository } from './change-registration.repository.js';

/** The per-request DataLoaders of change registrations, all scoped to the caller's area. */
export function createChangeRegistrationLoaders(repository: ChangeRegistrationRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, area), (c) => c.id),
    ofParcel: groupLoader((ids: readonly number[]) => repository.ofParcels(ids, area), (c) => c.parcelId),
    pages: scopedPages(scope, repository),
  };
}

export type ChangeRegistrationLoaders = ReturnType<typeof createChangeRegistrationLoaders>;

import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { VesselRepository } from './vessel.repository.js';

/** The per-request DataLoaders of vessels, all scoped to the caller's area. */
export function createVesselLoaders(repository: VesselRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, area), (v) => v.id),
    byNumber: rowLoader((numbers: readonly string[]) => repository.byRegistrationNumbers(numbers, area), (v) => v.registrationNumber),
    ownerById: rowLoader((ids: readonly number[]) => repository.owners(ids, area), (o) => o.vesselId),
    pages: scopedPages(scope, repository),
  };
}

export type VesselLoaders = ReturnType<typeof createVesselLoaders>;

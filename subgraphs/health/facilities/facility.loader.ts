import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { FacilityDirectoryRepository } from './facility-directory.repository.js';
import type { FacilityRepository } from './facility.repository.js';

/** The per-request DataLoaders of facilities: the list scoped to the caller's area, the directory by code. */
export function createFacilityLoaders(repository: FacilityRepository, directory: FacilityDirectoryRepository, scope: RequestScope) {
  return {
    byCode: rowLoader((codes: readonly string[]) => directory.byCodes(codes), (f) => f.code),
    pages: scopedPages(scope, repository),
  };
}

export type FacilityLoaders = ReturnType<typeof createFacilityLoaders>;

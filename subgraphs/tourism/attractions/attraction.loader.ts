import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { AttractionRepository } from './attraction.repository.js';

/** The per-request DataLoaders of attractions, all scoped to the caller's area. */
export function createAttractionLoaders(repository: AttractionRepository, scope: RequestScope) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, scope.records), (a) => a.id),
    pages: scopedPages(scope, repository),
  };
}

export type AttractionLoaders = ReturnType<typeof createAttractionLoaders>;

import type { RequestScope } from '../../kit/context/request-scope.js';
import { NestedLists } from '../../kit/graphql/nested-lists.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { ViolationRepository } from './violation.repository.js';

/** The per-request DataLoaders of violations, all scoped to the caller's area. */
export function createViolationLoaders(repository: ViolationRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, area), (v) => v.id),
    ofVessel: new NestedLists((ids, first) => repository.latestOfVessels(ids, first, area), (v) => v.vesselId),
    pages: scopedPages(scope, repository),
  };
}

export type ViolationLoaders = ReturnType<typeof createViolationLoaders>;

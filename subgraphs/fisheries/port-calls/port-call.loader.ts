import type { RequestScope } from '../../kit/context/request-scope.js';
import { NestedLists } from '../../kit/graphql/nested-lists.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { FishingPortRepository } from './fishing-port.repository.js';
import type { PortCallRepository } from './port-call.repository.js';

/** The per-request DataLoaders of port calls (scoped to the caller's area) and of the ports. */
export function createPortCallLoaders(repository: PortCallRepository, ports: FishingPortRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, area), (p) => p.id),
    portByCode: rowLoader((codes: readonly string[]) => ports.byCodes(codes), (p) => p.code),
    ofVessel: new NestedLists((ids, first) => repository.latestOfVessels(ids, first, area), (p) => p.vesselId),
    pages: scopedPages(scope, repository),
  };
}

export type PortCallLoaders = ReturnType<typeof createPortCallLoaders>;

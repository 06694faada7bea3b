import type { Logger } from '../../../lib/logger.js';
import type { RequestScope } from './request-scope.js';

/**
 * What every resolver receives, built afresh for each request: the request's scope (caller, area,
 * unit directory), a logger bound to the request id, and the subgraph's services, which own the
 * request's DataLoaders (so batching and caching never leak across requests or callers).
 */
export interface SubgraphContext<Services> {
  readonly requestId: string;
  readonly scope: RequestScope;
  readonly logger: Logger;
  readonly services: Services;
}

import type { Logger } from '../../../lib/logger.js';
import type { Caller } from '../../../lib/caller.js';

/**
 * What every resolver receives, built afresh for each request: the caller, a logger bound to the
 * request id, and the sector's services, which own the request's DataLoaders (so batching and
 * caching never leak across requests or callers).
 */
export interface SubgraphContext<Services> {
  readonly requestId: string;
  readonly caller: Caller;
  readonly logger: Logger;
  readonly services: Services;
}

import type { Caller } from '../subgraphs/kit/context/caller.js';

/** Per-request state of the gateway, passed to plugins and to every subgraph fetch. */
export interface GatewayContext {
  readonly requestId: string;
  readonly caller: Caller;
}

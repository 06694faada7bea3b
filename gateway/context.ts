import type { Request, Response } from 'express';
import { REQUEST_ID_HEADER, requestIdOf } from '../lib/http.js';
import type { Caller } from '../lib/caller.js';
import { ANONYMOUS } from '../lib/caller-header.js';

/** Per-request state of the gateway, passed to plugins and to every subgraph fetch. */
export interface GatewayContext {
  readonly requestId: string;
  readonly caller: Caller;
}

/**
 * The context of one HTTP request, built once and kept on the response's locals, so that the
 * response-cache fast path and Apollo's pipeline see the same request id and caller.
 */
export function contextOf(req: Request, res: Response): GatewayContext {
  const known = res.locals.gatewayContext as GatewayContext | undefined;
  if (known) return known;
  const context: GatewayContext = { requestId: requestIdOf(req.headers[REQUEST_ID_HEADER]), caller: ANONYMOUS };
  res.locals.gatewayContext = context;
  return context;
}

import type { RequestHandler } from 'express';
import { REQUEST_ID_HEADER } from '../../lib/http.js';
import { withRequestId } from '../../lib/request-context.js';
import { contextOf } from '../context.js';

/**
 * The first step: every request gets its id (the caller's `x-request-id` if it looks sane, else a
 * new one), echoed on the answer, passed to every subgraph and written on every log line and the
 * audit record, so a caller can quote it when reporting a problem. It also marks every answer
 * `cache-control: no-store` until a later step says otherwise.
 */
export function useRequestId(): RequestHandler {
  return (req, res, next) => {
    const { requestId } = contextOf(req, res);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // Nothing may be stored by default, refusals and errors included; only the response cache
    // marks an answer it allows reusing `private, max-age=N`.
    res.setHeader('cache-control', 'no-store');
    withRequestId(requestId, next);
  };
}

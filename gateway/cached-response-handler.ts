import type { RequestHandler } from 'express';
import { REQUEST_ID_HEADER } from '../lib/http.js';
import type { Logger } from '../lib/logger.js';
import { contextOf } from './context.js';
import { logRequest } from './plugins/use-request-log.js';
import { ageOf, cacheControlOf, queryHashOf, type ResponseCache } from './response-cache.js';

/**
 * The HTTP fast path of the response cache: a POST whose answer is cached for this caller is written
 * straight from the stored body, without Apollo's parsing, planning, execution or serialization.
 * It is logged like every other request. Anything it does not recognise as a plain JSON query for a
 * plain JSON answer goes on to Apollo unchanged (which also reuses cached answers).
 */
export function cachedResponseHandler(cache: ResponseCache, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const body: unknown = req.body;
    if (req.method !== 'POST' || !isPlainQuery(body) || !acceptsPlainJson(req.headers.accept)) return next();
    const context = contextOf(req, res);
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    const hit = cache.get({ caller: context.caller, queryHash: queryHashOf(body.query), operationName, variables: body.variables });
    if (!hit) return next();
    res.writeHead(200, {
      [REQUEST_ID_HEADER]: context.requestId,
      age: ageOf(hit),
      'cache-control': cacheControlOf(hit.policy),
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(hit.body),
    });
    res.end(hit.body);
    logRequest(logger, { context, operation: hit.operation, type: 'query', started, errors: [], cached: true });
  };
}

interface PlainQuery {
  query: string;
  operationName?: unknown;
  variables?: unknown;
}

/** A single GraphQL request in a JSON body, without extensions (persisted queries go to Apollo). */
function isPlainQuery(body: unknown): body is PlainQuery {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as PlainQuery).query === 'string' && !('extensions' in body);
}

/** Whether Apollo would answer this Accept header with `application/json`. */
function acceptsPlainJson(accept: string | undefined): boolean {
  if (!accept) return true;
  if (accept.includes('application/graphql-response+json') || accept.includes('multipart/')) return false;
  return accept.includes('application/json') || accept.includes('*/*');
}

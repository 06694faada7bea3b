import type { RequestHandler } from 'express';
import type { HubMetrics } from '../../lib/metrics.js';
import { contextOf } from '../context.js';

/**
 * Counts every request when its answer has gone, whichever step gave it: by operation name and
 * outcome (a refusal is an HTTP 4xx before execution), its duration, its error codes, and whether
 * the response cache answered it.
 */
export function useMetrics({ metrics, cache }: { metrics: HubMetrics; cache: boolean }): RequestHandler {
  return (req, res, next) => {
    const context = contextOf(req, res);
    res.once('finish', () => {
      const { operation, audit } = context;
      metrics.request(operation?.name, (performance.now() - context.started) / 1000, audit.errorCodes, res.statusCode >= 400);
      if (cache && operation?.type === 'query' && res.statusCode === 200) metrics.cache.inc({ result: audit.cached ? 'hit' : 'miss' });
    });
    next();
  };
}

import type { RequestHandler } from 'express';
import type { Logger } from '../../lib/logger.js';
import { contextOf } from '../context.js';

/**
 * One log line per request, whichever step answered it (a refusal, the cache, Apollo): who, what,
 * how long, the status and the error codes, with the request id. A request that failed or was
 * refused is logged at warn, so an operator's default filter shows it.
 */
export function useRequestLog({ logger }: { logger: Logger }): RequestHandler {
  return (req, res, next) => {
    const context = contextOf(req, res);
    res.once('finish', () => {
      const { caller, operation, audit } = context;
      const line = {
        requestId: context.requestId,
        caller: caller?.id ?? null,
        role: caller?.role ?? null,
        operation: operation?.name ?? null,
        type: operation?.type ?? null,
        status: res.statusCode,
        ms: Math.round(performance.now() - context.started),
        errors: audit.errorCodes,
        cached: audit.cached,
      };
      if (res.statusCode >= 400 || audit.errorCodes.length > 0) logger.warn(line, 'graphql request failed');
      else logger.info(line, 'graphql request');
    });
    next();
  };
}

import type { RequestHandler } from 'express';
import { hubError } from '../../lib/errors.js';
import { contextOf } from '../context.js';

/** Why a request's subgraph fetches were cancelled: it ran longer than allowed. */
export class ExecutionTimeout extends Error {
  override name = 'ExecutionTimeout';
}

/**
 * Gives every request a deadline: when it passes (or the client goes away) the request's signal is
 * aborted, which cancels its subgraph fetches; each subgraph then stops the statements of the
 * request it was serving. The answer carries what arrived and EXECUTION_TIMEOUT for the rest.
 */
export function useExecutionTimeout({ timeoutMs }: { timeoutMs: number }): RequestHandler {
  return (req, res, next) => {
    const context = contextOf(req, res);
    const timer = setTimeout(() => context.abort(new ExecutionTimeout(`the request ran longer than ${timeoutMs} ms`)), timeoutMs);
    const done = () => clearTimeout(timer);
    res.once('finish', done);
    res.once('close', () => {
      done();
      if (!res.writableFinished) context.abort(new Error('the client closed the connection'));
    });
    next();
  };
}

/** The error of a fetch cancelled by the request's deadline. */
export const executionTimeoutError = (serviceName: string) =>
  hubError('EXECUTION_TIMEOUT', `The request ran longer than allowed; the ${serviceName} subgraph was stopped`, { serviceName });

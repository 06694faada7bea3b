import type { ErrorRequestHandler, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A request id the caller or gateway sent (if it looks sane), else a fresh one. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID();
}

/**
 * Malformed JSON, an oversized body and similar failures before GraphQL runs get a GraphQL-shaped
 * JSON answer with a stable code, never Express's HTML page with a stack trace.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message = status === 413 ? 'Request body too large' : status < 500 ? 'Malformed request body' : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};

/** `GET /health`: the process is up. */
export const healthHandler =
  (service: string): RequestHandler =>
  (_req, res) => {
    res.json({ status: 'ok', service });
  };

import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ErrorCode } from './errors.js';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

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
  const { status, code, message } = httpErrorOf(error);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/** The status, code and message an HTTP-level failure (body parsing, …) is answered with. */
export function httpErrorOf(error: { status?: number; type?: string }): { status: number; code: ErrorCode; message: string } {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 413) return { status, code: 'REQUEST_TOO_LARGE', message: 'The request body is larger than allowed' };
  if (status < 500) return { status, code: 'BAD_REQUEST', message: 'Malformed request body' };
  return { status, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

/** `GET /health`: the process is up. */
export const healthHandler =
  (service: string): RequestHandler =>
  (_req, res) => {
    res.json({ status: 'ok', service });
  };

/** A GraphQL-shaped error answer with a stable code, for refusals before GraphQL runs. */
export function sendGraphQLError(res: Response, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}

/**
 * Requests Node's HTTP parser refuses before any handler runs (a URL or headers over 16 kB, a
 * malformed request line) get the hub's coded JSON error too, instead of a bare status line.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      errors: [
        tooLarge
          ? { message: 'The request line or headers are larger than allowed (16 kB): POST large operations', extensions: { code: 'REQUEST_TOO_LARGE' } }
          : { message: 'Malformed HTTP request', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\ncontent-type: application/json; charset=utf-8\r\ncache-control: no-store\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}

/** A start that failed for a reason the operator can fix, said in one line. */
export class StartError extends Error {
  override name = 'StartError';
}

/** Listens on `port` and `host`; a port already in use or not allowed is a StartError naming it. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new StartError(`port ${port} on ${host} is already in use: stop what uses it, or set PORT to another port`));
      else if (error.code === 'EACCES') reject(new StartError(`port ${port} on ${host} is not allowed to this user: set PORT to a port above 1023`));
      else if (error.code === 'EADDRNOTAVAIL') reject(new StartError(`address ${host} is not on this machine: set HOST`));
      else reject(error);
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

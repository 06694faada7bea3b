import type { RequestHandler } from 'express';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { CALLER_TOKEN_HEADER, type CallerSigner } from '../../lib/caller-token.js';
import { sendGraphQLError } from '../../lib/http.js';
import type { Logger } from '../../lib/logger.js';
import { contextOf } from '../context.js';

export interface AuditExportOptions {
  /** The audit subgraph's export endpoint. */
  url: string;
  signer: CallerSigner;
  logger: Logger;
}

/**
 * `GET /audit/export`: the whole audit log as JSON Lines, for `npm run audit:verify`. Auditors only
 * (403 FORBIDDEN for anyone else); the request is authenticated and recorded like any other, then
 * the audit subgraph's export streams through, so memory does not grow with the log.
 */
export function auditExportHandler({ url, signer, logger }: AuditExportOptions): RequestHandler {
  return async (req, res, next) => {
    const context = contextOf(req, res);
    const caller = context.caller!;
    context.request = { query: null, operationName: 'GET /audit/export', variables: null };
    if (caller.role !== 'auditor') {
      context.audit.errorCodes = ['FORBIDDEN'];
      return sendGraphQLError(res, 403, 'FORBIDDEN', 'The audit log export is open to auditors only');
    }
    context.audit.subgraphs.add('audit');
    try {
      const upstream = await fetch(url, { headers: { [CALLER_TOKEN_HEADER]: await signer.sign(caller) }, signal: context.signal });
      if (!upstream.ok || !upstream.body) {
        await upstream.body?.cancel();
        logger.error({ status: upstream.status, requestId: context.requestId }, 'audit export failed');
        context.audit.errorCodes = ['SUBGRAPH_UNAVAILABLE'];
        return sendGraphQLError(res, 502, 'SUBGRAPH_UNAVAILABLE', 'The audit trail could not be exported');
      }
      context.audit.hasData = true;
      res.status(200);
      res.setHeader('content-type', upstream.headers.get('content-type') ?? 'application/x-ndjson; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="audit-log.jsonl"');
      res.setHeader('cache-control', 'no-store');
      const body = Readable.fromWeb(upstream.body as ReadableStream<Uint8Array>);
      body.on('error', (error) => {
        logger.warn({ err: error, requestId: context.requestId }, 'audit export interrupted');
        res.destroy();
      });
      body.pipe(res);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else next(error);
    }
  };
}

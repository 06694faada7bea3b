import express, { type Express } from 'express';
import { AUDIT_EXPORT_PATH, AUDIT_INGEST_AUDIENCE, AUDIT_INGEST_PATH, AUDIT_WRITER_ID, parseIngestBody } from '../../../lib/audit/audit-ingest.js';
import { CALLER_TOKEN_HEADER, type CallerVerifier } from '../../../lib/caller-token.js';
import { sendGraphQLError } from '../../../lib/http.js';
import type { Logger } from '../../../lib/logger.js';
import type { AuditEventRepository } from './audit-event.repository.js';

export interface AuditRouteContext {
  repositories: { auditEvents: AuditEventRepository };
  logger: Logger;
  verifierFor: (audience?: string) => CallerVerifier;
}

/**
 * The audit trail's HTTP side:
 * - `POST /audit/records`: the gateway's batches of records, with a token it signed for the ingest
 *   audience as its own writer id; anyone else gets 401 and nothing is written;
 * - `GET /audit/export`: the whole log as JSON Lines for `npm run audit:verify`, to an auditor's
 *   caller token (the gateway forwards `GET /audit/export` after authenticating and recording it).
 */
export function auditRoutes(app: Express, { repositories, logger, verifierFor }: AuditRouteContext): void {
  const ingestVerifier = verifierFor(AUDIT_INGEST_AUDIENCE);
  const callerVerifier = verifierFor();
  const repository = repositories.auditEvents;

  app.post(AUDIT_INGEST_PATH, express.json({ limit: '32mb' }), async (req, res, next) => {
    try {
      const writer = await ingestVerifier.verify(req.get(CALLER_TOKEN_HEADER));
      if (!writer || writer.id !== AUDIT_WRITER_ID) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'Only the hub gateway writes audit records');
      const parsed = parseIngestBody(req.body);
      if ('problem' in parsed) return sendGraphQLError(res, 400, 'BAD_REQUEST', parsed.problem);
      const stored = await repository.append(parsed.records);
      res.json({ stored: stored.length, head: stored.length ? { id: stored.at(-1)!.id, hash: stored.at(-1)!.hash } : null });
    } catch (error) {
      next(error);
    }
  });

  app.get(AUDIT_EXPORT_PATH, async (req, res, next) => {
    try {
      const caller = await callerVerifier.verify(req.get(CALLER_TOKEN_HEADER));
      if (!caller) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'This service answers the hub gateway only: the signed caller token is missing or invalid');
      if (caller.role !== 'auditor') return sendGraphQLError(res, 403, 'FORBIDDEN', 'The audit trail is open to auditors only');
      res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-disposition', 'attachment; filename="audit-log.jsonl"');
      let aborted = false;
      res.on('close', () => (aborted = !res.writableFinished));
      const { records, head } = await repository.exportJsonl(async (line) => {
        if (aborted) throw new Error('export abandoned by the client');
        if (!res.write(line)) await new Promise((resolve) => res.once('drain', resolve));
      });
      logger.info({ records, head }, 'audit log exported');
      res.end();
    } catch (error) {
      if (res.headersSent) {
        logger.warn({ err: error }, 'audit export interrupted');
        res.destroy();
      } else next(error);
    }
  });
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { createHash } from 'node:crypto';
import type { AuditOutcome, AuditRecordInput } from '../../lib/audit/audit-record.js';
import { subjectHasher } from '../../lib/audit/subject-hash.js';
import type { Logger } from '../../lib/logger.js';
import type { AuditSink } from '../audit/audit-sink.js';
import { contextOf, type GatewayContext } from '../context.js';

export interface AuditOptions {
  sink: AuditSink;
  /** The key of the subjects' hashes (`AUDIT_SUBJECT_KEY`). */
  subjectKey: Buffer;
  /** Answer even when the record could not be written (default false: fail closed). */
  failOpen?: boolean;
  logger: Logger;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const REFUSALS = new Set(['FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

function outcomeOf(status: number, context: GatewayContext, hasData: boolean): AuditOutcome {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status >= 500) return 'ERROR';
  if (status >= 400) return 'REFUSED';
  const codes = context.audit.errorCodes;
  if (codes.length === 0) return 'OK';
  // Withheld fields (FORBIDDEN) are refusals even when the rest was answered.
  if (codes.every((c) => REFUSALS.has(c))) return 'REFUSED';
  return hasData ? 'PARTIAL' : 'ERROR';
}

const AUDIT_UNAVAILABLE = JSON.stringify({
  errors: [{ message: 'The audit trail cannot be written: the hub does not answer unrecorded requests', extensions: { code: 'AUDIT_UNAVAILABLE' } }],
});

/**
 * The audit step: every request that reaches the GraphQL endpoint becomes one record, whatever
 * answers it (a 401, a refusal, the response cache, Apollo), because it holds the response until the
 * record is stored. The record is built from what each step put into the request's context, and
 * from the body actually sent (its hash and size). If the record cannot be written the answer is
 * replaced by 503 AUDIT_UNAVAILABLE (fail closed), unless `failOpen`.
 */
export function useAudit({ sink, subjectKey, failOpen = false, logger }: AuditOptions): RequestHandler {
  const hashSubject = subjectHasher(subjectKey);
  return (req, res, next) => {
    const context = contextOf(req, res);
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const chunks: Buffer[] = [];
    let ended = false;
    // Held back until the record is stored: nothing leaves before the audit trail has it.
    res.write = ((chunk: unknown, encoding?: unknown) => {
      chunks.push(toBuffer(chunk, encoding));
      return true;
    }) as Response['write'];
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      if (ended) return res;
      ended = true;
      if (chunk !== undefined && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const record = recordOf(context, res.statusCode, body, hashSubject);
      sink.write(record).then(
        () => end(body, typeof callback === 'function' ? callback : undefined),
        (error: unknown) => {
          logger.error({ err: error, requestId: context.requestId }, failOpen ? 'answered without an audit record (AUDIT_FAIL_OPEN)' : 'refused: audit record not written');
          if (failOpen) return end(body);
          sendUnavailable(res, end);
        },
      );
      return res;
    }) as Response['end'];
    next();
  };
}

function sendUnavailable(res: Response, end: (...args: unknown[]) => Response): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = 503;
  for (const name of res.getHeaderNames()) if (name !== 'x-request-id') res.removeHeader(name);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(AUDIT_UNAVAILABLE));
  end(AUDIT_UNAVAILABLE);
}

/**
 * The audit step for a streamed download (the audit log export), too large to hold: the record is
 * written when the response starts, before any byte leaves, with the status then known and no
 * response hash; the body then streams through. Fails closed like `useAudit`.
 */
export function useStreamedAudit({ sink, subjectKey, failOpen = false, logger }: AuditOptions): RequestHandler {
  const hashSubject = subjectHasher(subjectKey);
  return (req, res, next) => {
    const context = contextOf(req, res);
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    let recorded: Promise<boolean> | null = null;
    const record = () =>
      (recorded ??= sink.write(recordOf(context, res.statusCode, null, hashSubject)).then(
        () => true,
        (error: unknown) => {
          logger.error({ err: error, requestId: context.requestId }, failOpen ? 'streamed without an audit record (AUDIT_FAIL_OPEN)' : 'refused: audit record not written');
          if (failOpen) return true;
          sendUnavailable(res, end);
          return false;
        },
      ));
    res.write = ((...args: unknown[]) => {
      void record().then((ok) => ok && write(...args));
      return true;
    }) as Response['write'];
    res.end = ((...args: unknown[]) => {
      void record().then((ok) => ok && end(...args));
      return res;
    }) as Response['end'];
    next();
  };
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk ?? ''), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

function recordOf(context: GatewayContext, status: number, body: Buffer | null, hashSubject: (id: string) => string): AuditRecordInput {
  const { caller, operation, request, audit } = context;
  return {
    at: context.receivedAt,
    requestId: context.requestId,
    callerId: caller?.id ?? null,
    role: caller?.role ?? null,
    area: caller && caller.area.kind === 'UNITS' ? [...caller.area.codes] : [],
    purpose: caller?.purpose ?? null,
    operationName: operation?.name ?? request?.operationName ?? null,
    operationType: operation?.type ?? null,
    documentHash: operation?.queryHash ?? (request?.query ? sha256(request.query) : null),
    variablesHash: request?.variables ? sha256(JSON.stringify(request.variables)) : null,
    subgraphs: [...audit.subgraphs],
    outcome: outcomeOf(status, context, audit.hasData),
    errorCodes: audit.errorCodes.length || status < 400 || !body ? audit.errorCodes : codesIn(body),
    cached: audit.cached,
    durationMs: Math.round(performance.now() - context.started),
    responseHash: !body?.length ? null : audit.knownBody?.body === body ? audit.knownBody.hash : sha256(body),
    responseBytes: body?.length ?? 0,
    units: operation?.units ?? [],
    subjects: [...new Set([...audit.subjects].map(hashSubject))],
  };
}

/**
 * The codes of an error answer no step described (Apollo's own HTTP errors, e.g. a malformed
 * body): read from the body, which is small for an error.
 */
function codesIn(body: Buffer): string[] {
  if (body.length > 65_536) return [];
  try {
    const { errors } = JSON.parse(body.toString('utf8')) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  } catch {
    return [];
  }
}

/** Tells the audit step what Apollo answered: the error codes and whether there was data. */
export function useAuditFacts(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          contextValue.audit.hasData = data !== undefined && data !== null;
          contextValue.audit.errorCodes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        },
      };
    },
  };
}

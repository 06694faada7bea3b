import { AUDIT_WRITER_ID } from '../../lib/audit/audit-ingest.js';
import http from 'node:http';
import https from 'node:https';
import type { AuditRecordInput } from '../../lib/audit/audit-record.js';
import { ALL_AREA, type Caller } from '../../lib/caller.js';
import { CALLER_TOKEN_HEADER, type CallerSigner } from '../../lib/caller-token.js';
import type { Logger } from '../../lib/logger.js';

/** Where the gateway writes the audit record of every request before it answers. */
export interface AuditSink {
  /** Resolves once the record is stored; rejects if it could not be within the timeout. */
  write(record: AuditRecordInput): Promise<void>;
  close(): Promise<void>;
}

export interface HttpAuditSinkOptions {
  /** The audit trail's ingest endpoint (the audit subgraph's `POST /audit/records`). */
  url: string;
  /** Signs the gateway's own token for the ingest endpoint, so no one else can write records. */
  signer: CallerSigner;
  /** A record not stored within this time fails (the request then fails closed); default 1000 ms. */
  timeoutMs?: number;
  /** Records written together at most; default 500. */
  maxBatch?: number;
  logger: Logger;
}

/** The gateway itself, as the audit trail's ingest endpoint sees it. */
export const GATEWAY_CALLER: Caller = Object.freeze({ id: AUDIT_WRITER_ID, role: 'auditor', area: ALL_AREA, sector: null, scopes: [], purpose: null });

interface Pending {
  record: AuditRecordInput;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Writes records to the audit subgraph in batches ("group commit"): the records of the requests
 * that arrive while one batch is being written go together in the next one, so a busy gateway makes
 * a few writes a second, not one per request, and a quiet one waits for nobody. Every request still
 * waits for its own record to be stored.
 */
export function createHttpAuditSink(options: HttpAuditSinkOptions): AuditSink {
  const timeoutMs = options.timeoutMs ?? 1_000;
  const maxBatch = options.maxBatch ?? 500;
  let queue: Pending[] = [];
  let writing: Promise<void> | null = null;

  const url = new URL(options.url);
  const transport = url.protocol === 'https:' ? https : http;
  // One kept-alive connection or two: a batch is one small POST, many times a second.
  const agent = new transport.Agent({ keepAlive: true, maxSockets: 2 });

  /** POSTs one batch; resolves with the status once the answer is read. */
  function post(body: string, token: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = transport.request(
        url,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), [CALLER_TOKEN_HEADER]: token } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      const timer = setTimeout(() => req.destroy(new Error(`the audit trail did not answer within ${timeoutMs} ms`)), timeoutMs);
      req.on('close', () => clearTimeout(timer));
      req.on('error', reject);
      req.end(body);
    });
  }

  async function writeBatch(batch: Pending[]): Promise<void> {
    try {
      const status = await post(JSON.stringify({ records: batch.map((p) => p.record) }), await options.signer.sign(GATEWAY_CALLER));
      if (status !== 200) throw new Error(`the audit trail answered HTTP ${status}`);
      for (const p of batch) p.resolve();
    } catch (error) {
      options.logger.error({ err: error, records: batch.length }, 'audit records not written');
      for (const p of batch) p.reject(error as Error);
    }
  }

  function drain(): void {
    if (writing || queue.length === 0) return;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(maxBatch);
    writing = writeBatch(batch).finally(() => {
      writing = null;
      drain();
    });
  }

  return {
    write(record) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ record, resolve, reject });
        // Let the other requests of this turn of the event loop join the batch.
        if (!writing) setImmediate(drain);
      });
    },
    async close() {
      while (writing || queue.length) await (writing ?? new Promise((r) => setImmediate(r)));
      agent.destroy();
    },
  };
}

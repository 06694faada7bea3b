import { auditRecordProblem, type AuditRecordInput } from './audit-record.js';

/**
 * The wire between the gateway and the audit trail: the gateway POSTs batches of records to
 * AUDIT_INGEST_PATH on the audit subgraph, with a caller token signed for AUDIT_INGEST_AUDIENCE
 * (never valid for GraphQL, and GraphQL tokens are never valid here), as the gateway's own caller.
 */
export const AUDIT_INGEST_PATH = '/audit/records';
/** Where auditors download the whole log as JSON Lines (through the gateway). */
export const AUDIT_EXPORT_PATH = '/audit/export';
export const AUDIT_INGEST_AUDIENCE = 'ioc-hub-audit-ingest';
/** The caller id of the gateway's ingest tokens. */
export const AUDIT_WRITER_ID = 'ioc-hub-gateway';
/** Records accepted in one POST at most. */
export const MAX_INGEST_BATCH = 5_000;

/** The body of one ingest POST: `{ records: [...] }`, `at` as an ISO string. */
export interface AuditIngestBody {
  readonly records: readonly AuditRecordInput[];
}

/** The records of an ingest body, or the first problem found (nothing of a bad batch is written). */
export function parseIngestBody(body: unknown): { records: AuditRecordInput[] } | { problem: string } {
  const raw = (body as { records?: unknown } | null)?.records;
  if (!Array.isArray(raw)) return { problem: 'the body must be { "records": [...] }' };
  if (raw.length > MAX_INGEST_BATCH) return { problem: `at most ${MAX_INGEST_BATCH} records per request` };
  const records: AuditRecordInput[] = [];
  for (const [i, item] of raw.entries()) {
    if (typeof item !== 'object' || item === null) return { problem: `record ${i} is not an object` };
    const record = { ...(item as Record<string, unknown>) };
    if (typeof record.at === 'string') record.at = new Date(record.at);
    const problem = auditRecordProblem(record);
    if (problem) return { problem: `record ${i}: ${problem}` };
    records.push(record as unknown as AuditRecordInput);
  }
  return { records };
}

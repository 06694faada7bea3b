/**
 * One audit record: what the gateway knows about a request once it has answered (or refused) it.
 * Personal values never appear here in clear: the document, variables and response are hashed,
 * and the people whose data the answer carried appear only as keyed hashes (see subject-hash.ts).
 */

export const AUDIT_OUTCOMES = ['OK', 'PARTIAL', 'REFUSED', 'UNAUTHENTICATED', 'ERROR'] as const;
/**
 * - `OK`: answered with no error;
 * - `PARTIAL`: answered with data and errors (e.g. one sector's subgraph was down);
 * - `REFUSED`: authenticated but denied, in whole or in part (role, area, scope, purpose, limits,
 *   an invalid request), every error being such a refusal;
 * - `UNAUTHENTICATED`: no or bad credentials (401);
 * - `ERROR`: no data (bad request, validation, internal failure).
 */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_OPERATION_TYPES = ['query', 'mutation', 'subscription'] as const;
export type AuditOperationType = (typeof AUDIT_OPERATION_TYPES)[number];

/** What the gateway produces for every request that reaches it. */
export interface AuditRecordInput {
  /** When the request arrived; stored and hashed to the millisecond. */
  readonly at: Date;
  readonly requestId: string;
  /** The caller's stable id (API key id, JWT subject); null when the request was not authenticated. */
  readonly callerId: string | null;
  readonly role: string | null;
  /** The caller's area as unit codes; empty for the whole province (or no caller). */
  readonly area: readonly string[];
  /** The declared purpose (`X-Purpose`), e.g. a case number. */
  readonly purpose: string | null;
  readonly operationName: string | null;
  /** Null when the document did not parse or named no operation. */
  readonly operationType: AuditOperationType | null;
  /** SHA-256 hex of the document text; null when there was none. */
  readonly documentHash: string | null;
  /** SHA-256 hex of the variables; null when there were none. */
  readonly variablesHash: string | null;
  /** Subgraph names the plan called, in call order. */
  readonly subgraphs: readonly string[];
  readonly outcome: AuditOutcome;
  /** `extensions.code` of each error in the response, in response order. */
  readonly errorCodes: readonly string[];
  /** Answered from the response cache. */
  readonly cached: boolean;
  /** Whole milliseconds from arrival to response. */
  readonly durationMs: number;
  /** SHA-256 hex of the response body; null when no body was sent. */
  readonly responseHash: string | null;
  readonly responseBytes: number;
  /** Unit codes the request asked about. */
  readonly units: readonly string[];
  /** `subjectHash` of each data subject whose personal data the answer carried. */
  readonly subjects: readonly string[];
}

/** A stored record: the input, its place in the chain (1, 2, 3… with no gap) and its links. */
export interface AuditEvent extends AuditRecordInput {
  readonly id: number;
  /** The hash of record `id - 1`; GENESIS_HASH for record 1. */
  readonly prevHash: string;
  /** `hashOf(prevHash, record)`, see chain.ts. */
  readonly hash: string;
}

/**
 * Longest text the store keeps per field (characters). Indexed columns need a length on SQL
 * Server; longer values are cut by `normaliseAuditRecord` rather than failing a whole batch.
 */
export const AUDIT_TEXT_LIMITS = {
  requestId: 100,
  callerId: 200,
  role: 50,
  purpose: 1000,
  operationName: 200,
  /** Each unit code, in `area` and `units`. */
  unitCode: 20,
} as const;

const HEX64 = /^[0-9a-f]{64}$/;
export const isSha256Hex = (value: unknown): value is string => typeof value === 'string' && HEX64.test(value);

// NUL cannot be stored in PostgreSQL text, and a lone surrogate would be stored as U+FFFD after the
// hash was taken over the original: both become U+FFFD before hashing, so stored = hashed.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const cleanText = (value: string, limit?: number): string => {
  const text = value.replace(UNSTORABLE, '\uFFFD');
  if (limit === undefined || text.length <= limit) return text;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
  return text.slice(0, end);
};
const cleanNullable = (value: string | null, limit?: number): string | null => (value === null ? null : cleanText(value, limit));
const cleanList = (values: readonly string[], limit?: number): string[] => values.map((v) => cleanText(v, limit));

/**
 * The record as the store keeps it: text the database cannot hold (NUL, lone surrogates) replaced
 * by U+FFFD, text longer than `AUDIT_TEXT_LIMITS` cut (a JS Date already holds whole milliseconds).
 * Idempotent. A caller-controlled value (operation name, purpose) therefore never makes a batch fail.
 */
export function normaliseAuditRecord(record: AuditRecordInput): AuditRecordInput {
  const L = AUDIT_TEXT_LIMITS;
  return {
    at: new Date(record.at.getTime()),
    requestId: cleanText(record.requestId, L.requestId),
    callerId: cleanNullable(record.callerId, L.callerId),
    role: cleanNullable(record.role, L.role),
    area: cleanList(record.area, L.unitCode),
    purpose: cleanNullable(record.purpose, L.purpose),
    operationName: cleanNullable(record.operationName, L.operationName),
    operationType: record.operationType,
    documentHash: record.documentHash,
    variablesHash: record.variablesHash,
    subgraphs: cleanList(record.subgraphs),
    outcome: record.outcome,
    errorCodes: cleanList(record.errorCodes),
    cached: record.cached,
    durationMs: record.durationMs,
    responseHash: record.responseHash,
    responseBytes: record.responseBytes,
    units: cleanList(record.units, L.unitCode),
    subjects: [...record.subjects],
  };
}

const MAX_INT32 = 2_147_483_647;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INT32;
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): boolean => value === null || isText(value);
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every(isText);

/**
 * Why a value is not a well-formed record (the first problem found), or null when it is one.
 * Shape only: a record that passes can be hashed and stored. Used on the gateway's records before
 * a batch is written and on each line of an export before it is verified.
 */
export function auditRecordProblem(record: Record<string, unknown>): string | null {
  const r = record;
  if (!(r.at instanceof Date) || Number.isNaN(r.at.getTime())) return 'at is not a valid time';
  for (const key of ['requestId'] as const) if (!isText(r[key])) return `${key} is not a string`;
  for (const key of ['callerId', 'role', 'purpose', 'operationName'] as const) if (!isTextOrNull(r[key])) return `${key} is not a string or null`;
  for (const key of ['area', 'subgraphs', 'errorCodes', 'units'] as const) if (!isTextList(r[key])) return `${key} is not a list of strings`;
  if (r.operationType !== null && !(AUDIT_OPERATION_TYPES as readonly unknown[]).includes(r.operationType)) return 'operationType is not query, mutation, subscription or null';
  for (const key of ['documentHash', 'variablesHash', 'responseHash'] as const) {
    if (r[key] !== null && !isSha256Hex(r[key])) return `${key} is not a lowercase SHA-256 hex or null`;
  }
  if (!(AUDIT_OUTCOMES as readonly unknown[]).includes(r.outcome)) return `outcome is not one of ${AUDIT_OUTCOMES.join(', ')}`;
  if (typeof r.cached !== 'boolean') return 'cached is not a boolean';
  for (const key of ['durationMs', 'responseBytes'] as const) if (!isCount(r[key])) return `${key} is not an integer between 0 and ${MAX_INT32}`;
  if (!Array.isArray(r.subjects) || !r.subjects.every(isSha256Hex)) return 'subjects is not a list of subject hashes (64 lowercase hex)';
  return null;
}

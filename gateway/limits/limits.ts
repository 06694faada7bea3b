import type { GraphQLError } from 'graphql';
import type { Role } from '../../lib/caller.js';
import { hubError, type ErrorCode } from '../../lib/errors.js';
import type { OperationAnalysis } from './analyze-operation.js';

/**
 * What one request may ask of the hub, checked on the parsed document before graphql-js validates
 * it and the gateway plans it. The defaults are set against the hub's biggest legitimate query, the
 * province overview (clients/queries/province-overview.graphql, measured with the committed
 * supergraph in analyze-operation.test.ts): depth 6, 1 alias, 183 selections, cost 114,088, 1.7 kB.
 */
export interface OperationLimits {
  /**
   * Deepest field nesting, fragments expanded; default 15. The overview nests 6; the schema's
   * deepest useful path (unit, children, sector, connection, nodes, record, its references) stays
   * near 10. Each level can fan out to a list, so depth is what turns a small query into a huge one.
   */
  readonly maxDepth: number;
  /**
   * Aliased fields; default 50. The overview uses 1. Aliases are the one way to ask the same field
   * with different arguments many times, and the planner's work grows with them: 50 aliased
   * `unit(code:)` with a sector below planned in about 140 ms here, 300 in about 600 ms.
   */
  readonly maxAliases: number;
  /**
   * Field selections, fragments expanded; default 5,000. The overview has 183, the standard
   * introspection query 220; a fragment bomb of a 1 kB document reaches tens of thousands.
   */
  readonly maxSelections: number;
  /**
   * Estimated cost (see `OperationAnalysis.cost`: fields times the sizes of the lists above them,
   * 50 for a list without `first`); default 300,000. The overview of six sectors costs 114,088
   * (130,918 with 20 records a sector instead of 5); the estimate assumes 50 indicators a sector
   * where there are 8 to 20, so 300,000 is roughly 100,000 real fields, a few megabytes of JSON.
   */
  readonly maxCost: number;
  /**
   * Operations in one HTTP request: the entries of a batched (array) request, and the operation
   * definitions in one document (graphql-js validates them all, whichever one runs); default 5.
   * Dashboards send one operation per request.
   */
  readonly maxOperationsPerBatch: number;
  /** Bytes of the HTTP request body; default 256 kB. The overview is 1.7 kB, the introspection query 1.7 kB. */
  readonly maxBodyBytes: number;
  /** Whether `__schema` and `__type` may be queried; default false (true for `developer`, who uses GraphiQL). */
  readonly introspection: boolean;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 50,
  maxSelections: 5_000,
  maxCost: 300_000,
  maxOperationsPerBatch: 5,
  maxBodyBytes: 256 * 1024,
  introspection: false,
};

/** Per-role changes to the defaults; a role not listed gets the defaults. */
export type RoleLimits = { readonly [R in Role]?: Partial<OperationLimits> };

export interface LimitsConfig {
  readonly defaults: OperationLimits;
  readonly roles: RoleLimits;
}

/**
 * The roles that use GraphiQL (developers building dashboards, auditors querying everything) may
 * introspect; the standard introspection query nests 15 levels in its `ofType` chain, at the default
 * depth limit, so they get room to spare.
 */
export const DEFAULT_LIMITS_CONFIG: LimitsConfig = {
  defaults: DEFAULT_LIMITS,
  roles: { developer: { introspection: true, maxDepth: 20 }, auditor: { introspection: true, maxDepth: 20 } },
};

export function limitsFor(role: Role, config: LimitsConfig = DEFAULT_LIMITS_CONFIG): OperationLimits {
  return { ...config.defaults, ...withoutUndefined(config.roles[role] ?? {}) };
}

/** The codes a limit refuses with, each in lib/errors.ts and docs/errors.md. */
export type LimitErrorCode = Extract<
  ErrorCode,
  | 'FRAGMENT_CYCLE'
  | 'INTROSPECTION_FORBIDDEN'
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_SELECTIONS'
  | 'QUERY_TOO_COSTLY'
  | 'BATCH_TOO_LARGE'
  | 'REQUEST_TOO_LARGE'
  | 'RATE_LIMITED'
>;

/** The HTTP status to answer each refusal with (Apollo Server takes it from `extensions.http`). */
export const LIMIT_HTTP_STATUS: Readonly<Record<LimitErrorCode, number>> = {
  FRAGMENT_CYCLE: 400,
  INTROSPECTION_FORBIDDEN: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_SELECTIONS: 400,
  QUERY_TOO_COSTLY: 400,
  BATCH_TOO_LARGE: 400,
  REQUEST_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

export interface LimitViolation {
  readonly code: LimitErrorCode;
  /** Names the measured value and the limit, for the caller to fix the query. */
  readonly message: string;
  /** The measured value; null where there is nothing to count (a cycle, introspection). */
  readonly measured: number | null;
  /** The limit that was exceeded; null where the refusal is not a number (a cycle, introspection off). */
  readonly limit: number | null;
}

const over = (code: LimitErrorCode, measured: number, limit: number, what: string): LimitViolation => ({
  code,
  message: `${what} is ${measured.toLocaleString('en-US')}, over the limit of ${limit.toLocaleString('en-US')}`,
  measured,
  limit,
});

/**
 * The first limit the operation exceeds, or null. A fragment cycle comes first since it makes the
 * other numbers meaningless; a document that selects no operation is left to graphql-js to refuse.
 */
export function checkOperation(analysis: OperationAnalysis, limits: OperationLimits): LimitViolation | null {
  if (analysis.operations > limits.maxOperationsPerBatch) {
    return over('BATCH_TOO_LARGE', analysis.operations, limits.maxOperationsPerBatch, 'The number of operations in the document');
  }
  if (analysis.fragmentCycle) {
    return { code: 'FRAGMENT_CYCLE', message: 'Fragments spread each other in a cycle', measured: null, limit: null };
  }
  if (analysis.introspection && !limits.introspection) {
    return { code: 'INTROSPECTION_FORBIDDEN', message: 'Introspection (__schema, __type) is not allowed for this caller', measured: null, limit: null };
  }
  if (analysis.depth > limits.maxDepth) return over('QUERY_TOO_DEEP', analysis.depth, limits.maxDepth, 'The depth of the operation (fields nested, fragments expanded)');
  if (analysis.aliases > limits.maxAliases) return over('TOO_MANY_ALIASES', analysis.aliases, limits.maxAliases, 'The number of aliased fields');
  if (analysis.selections > limits.maxSelections) {
    return over('TOO_MANY_SELECTIONS', analysis.selections, limits.maxSelections, 'The number of field selections (fragments expanded)');
  }
  if (analysis.cost > limits.maxCost) return over('QUERY_TOO_COSTLY', analysis.cost, limits.maxCost, 'The estimated cost of the operation');
  return null;
}

/** Checked on the Content-Length (or bytes read) before the body is parsed. */
export function checkBodySize(bytes: number, limits: OperationLimits): LimitViolation | null {
  return bytes > limits.maxBodyBytes ? over('REQUEST_TOO_LARGE', bytes, limits.maxBodyBytes, 'The size of the request body in bytes') : null;
}

/** Checked on a batched (array) request's length. */
export function checkBatch(size: number, limits: OperationLimits): LimitViolation | null {
  return size > limits.maxOperationsPerBatch ? over('BATCH_TOO_LARGE', size, limits.maxOperationsPerBatch, 'The number of operations in the batch') : null;
}

/** The GraphQL error a violation is answered with; `limit` and `measured` go in the extensions. */
export function limitError(violation: LimitViolation): GraphQLError {
  return hubError(violation.code, violation.message, { limit: violation.limit, measured: violation.measured });
}

/** RATE_LIMITED with the wait in `extensions.retryAfterMs` (send it as Retry-After too, in seconds). */
export function rateLimitedError(retryAfterMs: number): GraphQLError {
  if (!Number.isFinite(retryAfterMs)) {
    return hubError('RATE_LIMITED', 'This request costs more than the whole allowance of its caller', { retryAfterMs: null });
  }
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return hubError('RATE_LIMITED', `Too many requests; retry in ${seconds} s`, { retryAfterMs });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

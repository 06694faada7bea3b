import { GraphQLError } from 'graphql';

/**
 * Every error code the hub returns in `extensions.code`, declared once with its meaning.
 * docs/errors.md lists the same table; a test keeps the two in step.
 */
export const ErrorCodes = {
  BAD_USER_INPUT: 'An argument or variable is malformed or out of range (a code, a date, a cursor, a page size), or a string holds a NUL character.',
  GRAPHQL_VALIDATION_FAILED: 'The operation does not match the schema.',
  BAD_REQUEST: 'The HTTP request itself is malformed (not JSON, no query, variables nested deeper than 32 levels, an operation to run not named).',
  UNAUTHENTICATED: 'No valid credentials: the `Authorization: Bearer` API key or JWT is missing, malformed, unknown, expired or revoked (HTTP 401).',
  FORBIDDEN: 'The caller may not see this field or record; the rest of the answer is intact.',
  GRAPHQL_PARSE_FAILED: 'The operation is not valid GraphQL syntax.',
  DATABASE_UNAVAILABLE: "The sector's database could not be reached; other sectors still answer.",
  DATABASE_ERROR: "The sector's database rejected a statement; the details are in the hub's log, not in the response.",
  SUBGRAPH_UNAVAILABLE: 'A subgraph could not be reached; the error names it in `extensions.serviceName`, and the other subgraphs still answer.',
  SUBGRAPH_TIMEOUT: 'A subgraph did not answer in time (`SUBGRAPH_TIMEOUT_MS`); the error names it in `extensions.serviceName`.',
  EXECUTION_TIMEOUT: 'The request ran longer than allowed (`EXECUTION_TIMEOUT_MS`): its subgraph requests were cancelled; what arrived before is in the answer.',
  PERSISTED_QUERY_NOT_FOUND: 'The persisted query hash is unknown: send the full query with the hash once (automatic persisted queries).',
  AUDIT_UNAVAILABLE: 'The audit record of the request could not be written, so the hub refuses to answer (HTTP 503, fail closed).',
  FRAGMENT_CYCLE: 'Fragments of the operation spread each other in a cycle; refused before validation.',
  INTROSPECTION_FORBIDDEN: "The operation queries `__schema` or `__type` and the caller's role may not introspect.",
  QUERY_TOO_DEEP: "The operation nests fields deeper than the caller's limit (fragments expanded); `extensions.measured` and `extensions.limit` give both.",
  TOO_MANY_ALIASES: "The operation has more aliased fields than the caller's limit; `extensions.measured` and `extensions.limit` give both.",
  TOO_MANY_SELECTIONS: "The operation selects more fields than the caller's limit (fragments expanded); `extensions.measured` and `extensions.limit` give both.",
  QUERY_TOO_COSTLY:
    "The operation's estimated cost (fields times the sizes of the lists above them) is over the caller's limit; `extensions.measured` and `extensions.limit` give both.",
  BATCH_TOO_LARGE: "The request carries more operations (batch entries, or operations in one document) than the caller's limit.",
  REQUEST_TOO_LARGE: "The request body is larger than the caller's limit (HTTP 413), or its URL and headers over 16 kB (HTTP 431).",
  RATE_LIMITED: 'The caller sent more requests than its rate allows; retry after `extensions.retryAfterMs` (HTTP 429 with Retry-After).',
  INTERNAL_SERVER_ERROR: 'An unexpected failure; the details are in the log under the request id.',
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

/** Codes that describe the caller's input: kept as they are when an error is re-wrapped. */
const USER_CODES: ReadonlySet<string> = new Set<ErrorCode>(['BAD_USER_INPUT', 'FORBIDDEN']);

/** Longest piece of a caller's input an error message repeats. */
const QUOTED_MAX = 40;

/**
 * A caller's input as an error message shows it: quoted, cut to a few dozen characters with its
 * length named, so a 900 kB argument is named, never echoed back.
 */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length <= QUOTED_MAX ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, QUOTED_MAX))}… (${text.length} characters)`;
}

export function hubError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badUserInput = (message: string, argumentName?: string): GraphQLError => hubError('BAD_USER_INPUT', message, argumentName ? { argumentName } : {});

/** The caller may not see this field or record; the field is null, the rest of the answer intact. */
export const forbidden = (message: string): GraphQLError => hubError('FORBIDDEN', message);

/**
 * Finds the caller-facing code of an error that graphql-js or Apollo Server wrapped, e.g. a scalar's
 * BAD_USER_INPUT reported as a validation error, by walking the `originalError` chain.
 */
export function userCodeOf(error: unknown): ErrorCode | undefined {
  for (let e = error as { extensions?: { code?: unknown }; originalError?: unknown } | undefined; e; e = e.originalError as typeof e) {
    const code = e.extensions?.code;
    if (typeof code === 'string' && USER_CODES.has(code)) return code as ErrorCode;
  }
  return undefined;
}

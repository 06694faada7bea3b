import express, { type RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Role } from '../../lib/caller.js';
import type { ErrorCode } from '../../lib/errors.js';
import { sendGraphQLError } from '../../lib/http.js';
import { contextOf, type GraphQLRequestParts } from '../context.js';
import { limitsFor, type LimitsConfig } from '../limits/limits.js';

export interface GraphQLRequestOptions {
  limits: LimitsConfig;
  /** Persisted queries (APQ) kept at most, least recently used first out; default 2,000. */
  persistedQueries?: number;
  /** Longest persisted query text kept, in characters; default 100,000. */
  maxPersistedQueryLength?: number;
}

/** Deeper than any input object of the schema; deeper variables are refused before anything walks them. */
export const MAX_VARIABLES_DEPTH = 32;

/**
 * What is wrong with a request's variables before anything walks them: nested deeper than `max`,
 * or a string with a NUL character (which no sector database can store or compare). Iterative, so
 * no depth overflows a stack.
 */
function variablesFault(value: unknown, max: number): Refusal | null {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node === 'string' && node.includes('\0')) return NUL_REFUSAL;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return { status: 400, code: 'BAD_REQUEST', message: `variables nest deeper than ${max} levels` };
    for (const child of Array.isArray(node) ? node : Object.values(node))
      if (child !== null && (typeof child === 'object' || typeof child === 'string')) stack.push([child, depth + 1]);
  }
  return null;
}

const NUL_REFUSAL: Refusal = { status: 400, code: 'BAD_USER_INPUT', message: 'Strings may not contain the NUL character (U+0000)' };
/** A NUL in the query text, raw or as a string escape (`\u0000`, `\u{0}`). */
const NUL_IN_QUERY = /\0|\\u(?:0000|\{0+\})/i;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Refusal = { status: number; code: ErrorCode; message: string };

function refuse(res: express.Response, context: ReturnType<typeof contextOf>, { status, code, message }: Refusal): void {
  context.audit.errorCodes = [code];
  sendGraphQLError(res, status, code, message);
}

/** A GET's parameters as the parts of a GraphQL request (`variables` and `extensions` are JSON). */
function partsOfGet(query: Record<string, unknown>): Record<string, unknown> | Refusal {
  const json = (name: string) => {
    const raw = query[name];
    if (raw === undefined || raw === '') return undefined;
    if (typeof raw !== 'string') throw new Error(`${name} must be given once`);
    return JSON.parse(raw) as unknown;
  };
  try {
    return { query: query.query, operationName: query.operationName, variables: json('variables'), extensions: json('extensions') };
  } catch (error) {
    return { status: 400, code: 'BAD_REQUEST', message: `Malformed GET parameters: ${(error as Error).message.slice(0, 200)}` };
  }
}

/**
 * Reads the GraphQL request into the context, the same way for a POST body and GET parameters, so
 * every later step (limits, cache, authorization, audit) and Apollo see one shape:
 * - the body is parsed with the caller's role's size limit (REQUEST_TOO_LARGE, HTTP 413);
 * - one operation per request (an array is BATCH_TOO_LARGE over the limit, else BAD_REQUEST);
 * - automatic persisted queries: a known hash is replaced by its text, an unknown one answers
 *   PERSISTED_QUERY_NOT_FOUND (so a client sends the full query next), a text that does not match
 *   its hash is BAD_REQUEST;
 * - a GET becomes the equivalent POST for Apollo (queries only: the hub has no mutations).
 */
export function useGraphQLRequest({ limits, persistedQueries = 2_000, maxPersistedQueryLength = 100_000 }: GraphQLRequestOptions): RequestHandler {
  const parsers = new Map<Role, RequestHandler>();
  const parserFor = (role: Role) => {
    let parser = parsers.get(role);
    if (!parser) {
      parser = express.json({ limit: limitsFor(role, limits).maxBodyBytes, strict: true });
      parsers.set(role, parser);
    }
    return parser;
  };
  const known = new LRUCache<string, string>({ max: persistedQueries });

  return (req, res, next) => {
    const context = contextOf(req, res);
    const role = context.caller!.role;
    parserFor(role)(req, res, (error?: unknown) => {
      if (error) return next(error);
      const maxBatch = limitsFor(role, limits).maxOperationsPerBatch;
      const body: unknown = req.method === 'GET' ? partsOfGet(req.query as Record<string, unknown>) : req.body;
      if (body && typeof body === 'object' && 'status' in body && 'code' in body) return refuse(res, context, body as Refusal);
      if (Array.isArray(body)) {
        return body.length > maxBatch
          ? refuse(res, context, { status: 400, code: 'BATCH_TOO_LARGE', message: `The batch has ${body.length} operations, over the limit of ${maxBatch}` })
          : refuse(res, context, { status: 400, code: 'BAD_REQUEST', message: 'Batched requests are not supported: send one operation per request' });
      }
      if (!body || typeof body !== 'object') return refuse(res, context, { status: 400, code: 'BAD_REQUEST', message: 'The request carries no GraphQL operation' });
      const raw = body as Record<string, unknown>;
      if (raw.query !== undefined && typeof raw.query !== 'string') return refuse(res, context, { status: 400, code: 'BAD_REQUEST', message: 'query must be a string' });
      if (raw.operationName != null && typeof raw.operationName !== 'string')
        return refuse(res, context, { status: 400, code: 'BAD_REQUEST', message: 'operationName must be a string' });
      if (raw.variables != null && (typeof raw.variables !== 'object' || Array.isArray(raw.variables))) {
        return refuse(res, context, { status: 400, code: 'BAD_REQUEST', message: 'variables must be an object' });
      }
      const fault = raw.variables != null ? variablesFault(raw.variables, MAX_VARIABLES_DEPTH) : null;
      if (fault) return refuse(res, context, fault);
      let query = (raw.query as string | undefined) ?? null;
      const persisted = (raw.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
      if (persisted) {
        const hash = typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash.toLowerCase() : '';
        if (persisted.version !== 1 || !/^[0-9a-f]{64}$/.test(hash)) return refuse(res, context, { status: 400, code: 'BAD_REQUEST', message: 'Unsupported persisted query' });
        if (query === null) {
          query = known.get(hash) ?? null;
          if (query === null) {
            context.audit.errorCodes = ['PERSISTED_QUERY_NOT_FOUND'];
            return res.status(200).json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
          }
        } else {
          if (sha256(query) !== hash) return refuse(res, context, { status: 400, code: 'BAD_REQUEST', message: 'The persisted query hash does not match the query' });
          if (query.length <= maxPersistedQueryLength) known.set(hash, query);
        }
      }
      if (query === null || query.trim() === '') return refuse(res, context, { status: 400, code: 'BAD_REQUEST', message: 'The request carries no query' });
      if (NUL_IN_QUERY.test(query)) return refuse(res, context, NUL_REFUSAL);
      const parts: GraphQLRequestParts = {
        query,
        operationName: (raw.operationName as string | undefined) ?? null,
        variables: (raw.variables as Record<string, unknown> | undefined) ?? null,
      };
      context.request = parts;
      // Apollo sees one plain POST; persisted-query extensions are handled here, not twice.
      req.method = 'POST';
      req.headers['content-type'] = 'application/json';
      // Apollo refuses a `variables` key whose value is not an object, `undefined` included.
      req.body = { query: parts.query, operationName: parts.operationName, ...(parts.variables ? { variables: parts.variables } : {}) };
      next();
    });
  };
}

import type { DocumentNode } from 'graphql';
import type { Request, Response } from 'express';
import type { Caller } from '../lib/caller.js';
import type { Denial } from './authorization/types.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../lib/http.js';

/** The GraphQL request as the pipeline reads it, from a POST body or GET parameters. */
export interface GraphQLRequestParts {
  readonly query: string | null;
  readonly operationName: string | null;
  readonly variables: Record<string, unknown> | null;
}

/** What the parse step learned of the operation, for the cache key, the log and the audit record. */
export interface OperationFacts {
  /** SHA-256 of the query text, hex. */
  readonly queryHash: string;
  readonly document: DocumentNode;
  readonly name: string | null;
  readonly type: 'query' | 'mutation' | 'subscription' | null;
  /** Unit codes the operation asks about (its `code`, `codes`, `parentCode`, `province` arguments). */
  readonly units: readonly string[];
}

/** What the audit record of a request is made of, filled by each step as it runs. */
export interface AuditFacts {
  readonly subgraphs: Set<string>;
  /** Identifiers of the people whose personal data the answer carries (hashed before they are stored). */
  readonly subjects: Set<string>;
  errorCodes: string[];
  /** Whether the answer carried data (with errors, a partial answer). */
  hasData: boolean;
  cached: boolean;
  /** A body sent as is whose SHA-256 is already known (a cached answer), so it is not hashed again. */
  knownBody: { readonly body: Buffer; readonly hash: string } | null;
}

/**
 * Per-request state of the gateway, built once when the request arrives and kept on the response's
 * locals, so that every step of the pipeline (the HTTP steps and Apollo's plugins) and every
 * subgraph fetch see the same request id, caller, operation and audit facts.
 */
export interface GatewayContext {
  readonly requestId: string;
  /** `performance.now()` when the request arrived. */
  readonly started: number;
  readonly receivedAt: Date;
  /** Null until authentication has run, and for a request it refused. */
  caller: Caller | null;
  request: GraphQLRequestParts | null;
  operation: OperationFacts | null;
  /** The fields authorization took out of the operation, put back as null with FORBIDDEN; null when none. */
  denied: readonly Denial[] | null;
  readonly audit: AuditFacts;
  /** Aborted when the request is given up (execution timeout, client gone): its subgraph requests stop. */
  readonly signal: AbortSignal;
  readonly abort: (reason: Error) => void;
}

export function contextOf(req: Request, res: Response): GatewayContext {
  const known = res.locals.gatewayContext as GatewayContext | undefined;
  if (known) return known;
  const controller = new AbortController();
  const context: GatewayContext = {
    requestId: requestIdOf(req.headers[REQUEST_ID_HEADER]),
    started: performance.now(),
    receivedAt: new Date(),
    caller: null,
    request: null,
    operation: null,
    denied: null,
    audit: { subgraphs: new Set(), subjects: new Set(), errorCodes: [], hasData: false, cached: false, knownBody: null },
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
  };
  res.locals.gatewayContext = context;
  return context;
}

import type { RequestHandler } from 'express';
import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { sendGraphQLError } from '../../lib/http.js';
import type { Logger } from '../../lib/logger.js';
import { contextOf, type GatewayContext, type OperationFacts } from '../context.js';
import { analyzeOperation } from '../limits/analyze-operation.js';
import { checkOperation, LIMIT_HTTP_STATUS, limitsFor, type LimitsConfig } from '../limits/limits.js';
import { RateLimiterUnavailableError, type RateLimiter } from '../limits/rate-limiter.js';

export interface LimitsOptions {
  limits: LimitsConfig;
  /** The API schema: which fields are lists, for the cost estimate. */
  schema: GraphQLSchema;
  rateLimiter: RateLimiter;
  logger: Logger;
  /** Parsed documents kept at most, least recently used first out; default 2,000. */
  documents?: number;
  /** Tokens a document may have before parsing stops; default 20,000 (the overview has about 300). */
  maxTokens?: number;
  /** Measured operations (document, operation name, variables) kept, least recently used first out; default 2,000. */
  analyses?: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Arguments that name the units a request is about, recorded in the audit trail. */
const UNIT_ARGUMENTS = new Set(['code', 'codes', 'parentCode', 'province', 'unit', 'units']);

/**
 * The limits step, in milliseconds and before anything expensive: the document is parsed (bounded
 * in tokens, cached by hash) and measured without expanding fragments; over a limit of the caller's
 * role it is refused with that limit's code (depth, aliases, selections, cost, operations,
 * introspection, fragment cycle), before graphql-js validates it or the gateway plans it. Then the
 * caller's rate: a token bucket per caller (shared through Redis when configured), RATE_LIMITED
 * with Retry-After when empty. Fills the operation's facts for the later steps.
 */
export function useLimits(options: LimitsOptions): RequestHandler {
  // Bounded in count and in size: a parsed document takes about 20 bytes per character of its text.
  const documents = new LRUCache<string, DocumentNode | GraphQLError>({
    max: options.documents ?? 2_000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (document) => ('kind' in document ? (document.loc?.end ?? 1_000) * 20 : 0) + 1_024,
  });
  const maxTokens = options.maxTokens ?? 20_000;
  // A dashboard sends the same operation with the same variables again and again: measured once.
  // Bounded in count and in the size of the keys, which hold the variables.
  const measured = new LRUCache<string, { analysis: ReturnType<typeof analyzeOperation>; facts: OperationFacts }>({
    max: options.analyses ?? 2_000,
    maxSize: 16 * 1024 * 1024,
    sizeCalculation: (_value, key) => key.length + 1_024,
  });
  const parsed = (query: string, hash: string): DocumentNode | GraphQLError => {
    let document = documents.get(hash);
    if (!document) {
      try {
        document = parse(query, { maxTokens, noLocation: false });
      } catch (error) {
        // graphql-js names the position, never echoes the document; a stack overflow is a parse failure too.
        document = error instanceof GraphQLError ? error : new GraphQLError('The document is nested too deeply to parse');
      }
      documents.set(hash, document);
    }
    return document;
  };

  return (req, res, next) => {
    const context = contextOf(req, res);
    const { caller, request } = context;
    const limits = limitsFor(caller!.role, options.limits);
    const queryHash = sha256(request!.query!);
    const document = parsed(request!.query!, queryHash);
    if (document instanceof GraphQLError) {
      context.audit.errorCodes = ['GRAPHQL_PARSE_FAILED'];
      return sendGraphQLError(res, 400, 'GRAPHQL_PARSE_FAILED', document.message.slice(0, 500));
    }
    const { operationName, variables } = request!;
    // Which operation to run is the client's to say: one it does not name is its mistake (400), not ours.
    const chosen = selectedOperation(document, operationName);
    if (!chosen) {
      context.audit.errorCodes = ['BAD_REQUEST'];
      const message = operationName
        ? `The document has no operation named "${operationName.slice(0, 100)}"`
        : document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)
          ? 'The document has several operations: name the one to run in operationName'
          : 'The document has no operation';
      return sendGraphQLError(res, 400, 'BAD_REQUEST', message);
    }
    if (chosen.operation === 'subscription') {
      context.audit.errorCodes = ['BAD_REQUEST'];
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'Subscriptions are not served over HTTP');
    }
    if (!options.schema.getRootType(chosen.operation)) {
      context.audit.errorCodes = ['GRAPHQL_VALIDATION_FAILED'];
      return sendGraphQLError(res, 400, 'GRAPHQL_VALIDATION_FAILED', `The schema has no ${chosen.operation} operations`);
    }
    const key = `${queryHash}|${operationName ?? ''}|${variables ? JSON.stringify(variables) : ''}`;
    let known = measured.get(key);
    if (!known) {
      known = { analysis: analyzeOperation(document, { operationName, variables, schema: options.schema }), facts: factsOf(document, queryHash, operationName, variables) };
      measured.set(key, known);
    }
    const { analysis } = known;
    const violation = checkOperation(analysis, limits);
    if (violation) {
      context.audit.errorCodes = [violation.code];
      return sendGraphQLError(res, LIMIT_HTTP_STATUS[violation.code], violation.code, violation.message, { limit: violation.limit, measured: violation.measured });
    }
    context.operation = known.facts;
    options.rateLimiter.take(caller!.id).then(
      (decision) => {
        if (decision.allowed) return next();
        context.audit.errorCodes = ['RATE_LIMITED'];
        const seconds = Number.isFinite(decision.retryAfterMs) ? Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) : 3600;
        res.setHeader('retry-after', String(seconds));
        sendGraphQLError(res, 429, 'RATE_LIMITED', `Too many requests; retry in ${seconds} s`, { retryAfterMs: decision.retryAfterMs });
      },
      (error: unknown) => {
        // Rate limiting protects the hub; a dead Redis must not take the hub down with it.
        if (error instanceof RateLimiterUnavailableError) {
          options.logger.warn({ err: error, requestId: context.requestId }, 'rate limiter unavailable: request let through');
          return next();
        }
        next(error);
      },
    );
  };
}

function selectedOperation(document: DocumentNode, name: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
}

/** The operation's name and type, and the unit codes its top-level fields are asked about. */
function factsOf(document: DocumentNode, queryHash: string, operationName: string | null, variables: Record<string, unknown> | null): OperationFacts {
  const operation = selectedOperation(document, operationName);
  const units = new Set<string>();
  const collect = (value: ValueNode | undefined) => {
    if (!value) return;
    if (value.kind === Kind.STRING) units.add(value.value);
    else if (value.kind === Kind.LIST) value.values.forEach(collect);
    else if (value.kind === Kind.VARIABLE) {
      const given = variables?.[value.name.value];
      for (const v of Array.isArray(given) ? given : [given]) if (typeof v === 'string') units.add(v);
    }
  };
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD) continue;
    for (const arg of selection.arguments ?? []) if (UNIT_ARGUMENTS.has(arg.name.value)) collect(arg.value);
  }
  return {
    queryHash,
    document,
    name: operation?.name?.value ?? operationName,
    type: operation?.operation ?? null,
    units: [...units].filter((u) => /^\d{2,5}$/.test(u)).slice(0, 100),
  };
}

export type { GatewayContext };

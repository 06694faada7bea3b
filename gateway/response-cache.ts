import type { GraphQLRequestContext } from '@apollo/server';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Caller } from '../lib/caller.js';
import type { GatewayContext } from './context.js';

export type CachePolicy = NonNullable<ReturnType<GraphQLRequestContext<GatewayContext>['overallCachePolicy']['policyIfCacheable']>>;

export interface CachedResponse {
  /** The response body exactly as Apollo Server writes it for `{ data }`: served as is on a hit. */
  readonly body: string;
  readonly policy: CachePolicy;
  readonly storedAt: number;
  /** The name of the operation that ran (from the document), for the request log. */
  readonly operation: string | null;
}

/** What makes two requests the same answer: the caller's scope and the operation with its variables. */
export interface CacheKeyParts {
  readonly caller: Caller;
  /** SHA-256 of the query text, hex (Apollo's `queryHash`). */
  readonly queryHash: string;
  readonly operationName: string | null;
  readonly variables: unknown;
}

export const queryHashOf = (query: string): string => createHash('sha256').update(query).digest('hex');

/**
 * Whole answers the gateway may reuse, each for as long as every subgraph involved allowed (their
 * Cache-Control max-age). Kept once, as the serialized body: the HTTP fast path writes it as is;
 * the rarer hits that go through Apollo's pipeline parse it back (`dataOf`).
 * Two callers never share an entry: the key holds the caller's id, role and area.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  /** @param maxEntries bound on memory; the least recently used answers go first */
  constructor(maxEntries = 1_000) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  get(parts: CacheKeyParts): CachedResponse | undefined {
    return this.entries.get(keyOf(parts));
  }

  set(parts: CacheKeyParts, data: Record<string, unknown>, policy: CachePolicy, operation: string | null): void {
    if (policy.maxAge <= 0) return; // lru-cache reads a TTL of 0 as "forever"
    const entry: CachedResponse = { body: `${JSON.stringify({ data })}\n`, policy, storedAt: Date.now(), operation };
    this.entries.set(keyOf(parts), entry, { ttl: policy.maxAge * 1000 });
  }
}

/** The result of a reused answer, for Apollo's pipeline. */
export const dataOf = (entry: CachedResponse): Record<string, unknown> => (JSON.parse(entry.body) as { data: Record<string, unknown> }).data;

/** The `age` header of a reused answer, in whole seconds. */
export const ageOf = (entry: CachedResponse): string => String(Math.max(0, Math.round((Date.now() - entry.storedAt) / 1000)));

/** `cache-control` as Apollo Server writes it for a cacheable answer. */
export const cacheControlOf = ({ maxAge, scope }: CachePolicy): string => `max-age=${maxAge}, ${scope.toLowerCase()}`;

function keyOf({ caller, queryHash, operationName, variables }: CacheKeyParts): string {
  return JSON.stringify([caller.id, caller.role, caller.area, queryHash, operationName, variables ?? null]);
}

import type { GraphQLRequestContext } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import type { Caller } from '../lib/caller.js';
import type { GatewayContext } from './context.js';
import { callerScopeKey } from './caller-scope-key.js';

export type CachePolicy = NonNullable<ReturnType<GraphQLRequestContext<GatewayContext>['overallCachePolicy']['policyIfCacheable']>>;

export interface CachedResponse {
  /** The response body exactly as Apollo Server wrote it for `{ data }`: served as is on a hit. */
  readonly body: Buffer;
  /** SHA-256 hex of `body`, for the audit record of every hit (taken once, when stored). */
  readonly bodyHash: string;
  readonly maxAge: number;
  readonly storedAt: number;
  /** What the audit record of a hit carries: the answer went out again, with the same sources and people. */
  readonly subgraphs: readonly string[];
  readonly subjects: readonly string[];
}

/** What makes two requests the same answer: the caller's effective scope and the operation with its variables. */
export interface CacheKeyParts {
  readonly caller: Caller;
  /** SHA-256 of the query text, hex. */
  readonly queryHash: string;
  readonly operationName: string | null;
  readonly variables: unknown;
}

/**
 * Whole answers the gateway may reuse, each for as long as every subgraph involved allowed (their
 * Cache-Control max-age). The key is the caller's effective scope (role, area, sector, scopes,
 * purpose): callers who may see the same see the same answer. An answer with personal data is kept
 * for its own caller only (the key then holds the caller's id), so it never reaches another.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly maxBytes: number;

  /**
   * @param maxEntries answers kept at most
   * @param maxBytes their bodies' total size at most; the least recently used answers go first
   */
  constructor(maxEntries = 1_000, maxBytes = 64 * 1024 * 1024) {
    this.maxBytes = maxBytes;
    this.entries = new LRUCache({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (entry) => entry.body.length + 256 });
  }

  get(parts: CacheKeyParts): CachedResponse | undefined {
    return this.entries.get(keyOf(parts, false)) ?? this.entries.get(keyOf(parts, true));
  }

  set(parts: CacheKeyParts, entry: Omit<CachedResponse, 'storedAt' | 'body' | 'bodyHash'> & { readonly body: string }): void {
    if (entry.maxAge <= 0) return; // lru-cache reads a TTL of 0 as "forever"
    const body = Buffer.from(entry.body);
    if (body.length + 256 > this.maxBytes) return;
    const stored = { ...entry, body, bodyHash: createHash('sha256').update(body).digest('hex'), storedAt: Date.now() };
    this.entries.set(keyOf(parts, entry.subjects.length > 0), stored, { ttl: entry.maxAge * 1000 });
  }
}

/** The `age` header of a reused answer, in whole seconds. */
export const ageOf = (entry: CachedResponse): string => String(Math.max(0, Math.round((Date.now() - entry.storedAt) / 1000)));

function keyOf({ caller, queryHash, operationName, variables }: CacheKeyParts, personal: boolean): string {
  return JSON.stringify([callerScopeKey(caller, personal), queryHash, operationName, variables ?? null]);
}

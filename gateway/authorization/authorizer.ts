import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { AuthorizationPolicy } from './policy.js';
import type { AuthorizationCaller, AuthorizationResult } from './types.js';

/**
 * `authorize` depends on nothing but the document, the operation name and the parts of the caller
 * below, so its result is remembered per (document, caller key): a dashboard's operations are
 * authorized once per kind of caller, not once per request.
 */

/** Everything about a caller that authorization reads, as one string: equal keys, equal answers. */
export function authorizationCacheKey(caller: AuthorizationCaller): string {
  const scopes = [...new Set(caller.scopes)].sort();
  return JSON.stringify([caller.role, caller.hasPurpose, caller.authenticated !== false, scopes]);
}

export interface AuthorizerOptions {
  /** Results kept, least recently used dropped first; default 1000. */
  readonly maxEntries?: number;
}

export interface Authorizer {
  /**
   * `policy.authorize`, remembered. `documentKey` must identify the document's text (Apollo's
   * `queryHash` does); the operation name and the caller's key are added here.
   */
  authorize(documentKey: string, document: DocumentNode, caller: AuthorizationCaller, operationName?: string | null): AuthorizationResult;
}

/** Stands for "nothing removed" in the cache, since the answer is then the caller's own document. */
const NOTHING_DENIED = 'nothing denied';

export function createAuthorizer(policy: AuthorizationPolicy, options: AuthorizerOptions = {}): Authorizer {
  const { maxEntries = 1000 } = options;
  const cache = new LRUCache<string, AuthorizationResult | typeof NOTHING_DENIED>({ max: maxEntries });
  return {
    authorize(documentKey, document, caller, operationName = null) {
      const key = JSON.stringify([documentKey, operationName ?? null, authorizationCacheKey(caller)]);
      const known = cache.get(key);
      // Callers cache by document identity, so "nothing denied" returns this request's own document.
      if (known === NOTHING_DENIED) return { document, denied: [] };
      if (known) return known;
      const result = policy.authorize(document, caller, operationName);
      cache.set(key, result.document === document ? NOTHING_DENIED : result);
      return result;
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { ageOf, dataOf, type CacheKeyParts, type CachedResponse, type ResponseCache } from '../response-cache.js';

/**
 * Reuses whole answers for as long as every subgraph involved allowed (their Cache-Control max-age,
 * `CACHE_MAX_AGE_SECONDS` on each subgraph): dashboards ask the same overview again and again, and
 * the cache answers them without touching a department's database. Only queries, and only answers
 * without errors, are stored. Most hits never reach this plugin (the HTTP fast path in
 * `cached-response-handler.ts` serves them); it stores every answer and serves the hits the fast path
 * leaves to Apollo (another Accept header, GET, persisted queries).
 */
export function useResponseCache(cache: ResponseCache): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let parts: CacheKeyParts | null = null;
      let hit: CachedResponse | undefined;
      return {
        async responseForOperation(rc) {
          if (rc.operation?.operation !== 'query' || !rc.queryHash) return null;
          const key = { caller: rc.contextValue.caller, queryHash: rc.queryHash, operationName: rc.request.operationName ?? null, variables: rc.request.variables };
          parts = key;
          hit = cache.get(key);
          if (!hit) return null;
          rc.overallCachePolicy.replace(hit.policy);
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: dataOf(hit) } } };
        },
        async willSendResponse(rc) {
          if (hit) return void rc.response.http.headers.set('age', ageOf(hit));
          if (parts === null || rc.response.body.kind !== 'single') return;
          const { data, errors, extensions } = rc.response.body.singleResult;
          const policy = rc.overallCachePolicy.policyIfCacheable();
          if (errors || extensions || !data || !policy) return;
          cache.set(parts, data, policy, rc.operationName ?? null);
        },
      };
    },
  };
}

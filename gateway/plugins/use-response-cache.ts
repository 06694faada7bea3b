import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { GatewayContext } from '../context.js';

/**
 * Reuses whole answers for as long as every subgraph involved allowed (their Cache-Control max-age,
 * `CACHE_MAX_AGE_SECONDS` on each subgraph). Dashboards ask the same overview again and again; the
 * cache answers them without touching a department's database. Answers with errors are never
 * stored, and the key holds the caller's role and area, so two scopes never share an entry.
 */
export function useResponseCache(): ApolloServerPlugin<GatewayContext> {
  return responseCachePlugin<GatewayContext>({
    sessionId: async ({ contextValue }) => contextValue.caller.id,
    extraCacheKeyData: async ({ contextValue }) => ({ role: contextValue.caller.role, area: contextValue.caller.area }),
  });
}

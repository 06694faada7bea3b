import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { contextOf, type GatewayContext } from '../context.js';
import { ageOf, type ResponseCache } from '../response-cache.js';
import type { SubgraphHealth } from '../subgraph-health.js';

/** Apollo's own content type when the client prefers it, else plain JSON. */
function contentTypeFor(accept: string | undefined): string {
  const graphqlResponse = accept?.indexOf('application/graphql-response+json') ?? -1;
  const json = accept?.indexOf('application/json') ?? -1;
  return graphqlResponse >= 0 && (json < 0 || graphqlResponse < json) ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8';
}

const cacheControl = (maxAge: number) => (maxAge > 0 ? `private, max-age=${maxAge}` : 'no-store');

/** The header that names the sources of a reused answer that are down now. */
export const SOURCES_DOWN_HEADER = 'x-ioc-sources-down';

/** A stored `{"data":…}\n` body with `extensions.sourcesDown` added. */
function withSourcesDown(body: Buffer, down: readonly string[]): Buffer {
  return Buffer.concat([body.subarray(0, body.lastIndexOf('}')), Buffer.from(`,"extensions":{"sourcesDown":${JSON.stringify(down)}}}\n`)]);
}

/**
 * Reuses whole answers for as long as every subgraph involved allowed (their Cache-Control max-age):
 * dashboards ask the same overview again and again, and the cache answers them without planning or
 * touching a department's database. The lookup is an HTTP step after authentication and limits (so
 * a hit is still authenticated, limited and, by the audit step, recorded); Apollo's plugin stores
 * answers to queries that have no error. Answers are `cache-control: private`. An answer reused while
 * one of its subgraphs is down says so: `extensions.sourcesDown` and the `x-ioc-sources-down` header
 * name them.
 */
export function useResponseCache(cache: ResponseCache, health?: SubgraphHealth): { step: RequestHandler; plugin: ApolloServerPlugin<GatewayContext> } {
  return {
    step: (req, res, next) => {
      const context = contextOf(req, res);
      const { caller, operation, request } = context;
      if (operation?.type !== 'query') return next();
      const hit = cache.get({ caller: caller!, queryHash: operation.queryHash, operationName: request!.operationName, variables: request!.variables });
      if (!hit) return next();
      context.audit.cached = true;
      // Reused while a source is down: the answer may be older than what the source now holds.
      const down = health?.downAmong(hit.subgraphs) ?? [];
      const body = down.length > 0 ? withSourcesDown(hit.body, down) : hit.body;
      if (down.length > 0) res.setHeader(SOURCES_DOWN_HEADER, down.join(', '));
      context.audit.knownBody = down.length > 0 ? null : { body: hit.body, hash: hit.bodyHash };
      context.audit.hasData = true;
      for (const s of hit.subgraphs) context.audit.subgraphs.add(s);
      for (const s of hit.subjects) context.audit.subjects.add(s);
      res.statusCode = 200;
      res.setHeader('content-type', contentTypeFor(req.get('accept')));
      res.setHeader('content-length', body.length);
      res.setHeader('cache-control', cacheControl(hit.maxAge));
      res.setHeader('age', ageOf(hit));
      res.end(body);
    },
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue: context, response, overallCachePolicy }) {
            const policy = overallCachePolicy.policyIfCacheable();
            response.http.headers.set('cache-control', cacheControl(policy?.maxAge ?? 0));
            const { caller, operation, request, audit } = context;
            if (!policy || operation?.type !== 'query' || response.body.kind !== 'single') return;
            const { data, errors, extensions } = response.body.singleResult;
            if (errors || extensions || !data) return;
            cache.set(
              { caller: caller!, queryHash: operation.queryHash, operationName: request!.operationName, variables: request!.variables },
              { body: `${JSON.stringify({ data })}\n`, maxAge: policy.maxAge, subgraphs: [...audit.subgraphs], subjects: [...audit.subjects] },
            );
          },
        };
      },
    },
  };
}

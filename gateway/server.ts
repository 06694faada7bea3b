import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUDIT_EXPORT_PATH, AUDIT_INGEST_AUDIENCE } from '../lib/audit/audit-ingest.js';
import { CALLER_TOKEN_HEADER, createCallerSigner } from '../lib/caller-token.js';
import { answerClientErrors, healthHandler, httpErrorOf, listen } from '../lib/http.js';
import type { Logger } from '../lib/logger.js';
import { HubMetrics } from '../lib/metrics.js';
import { traceRequests } from '../lib/tracing.js';
import { disableApolloTelemetry, offlinePlugins } from '../lib/offline.js';
import { auditExportHandler } from './audit/audit-export.js';
import { createHttpAuditSink, GATEWAY_CALLER, type AuditSink } from './audit/audit-sink.js';
import { openKeyStore } from './auth/api-keys.js';
import { createAuthenticator } from './auth/authenticate.js';
import { createJwtVerifier } from './auth/jwt-verifier.js';
import { createAuthorizer } from './authorization/authorizer.js';
import { buildAuthorizationPolicy } from './authorization/policy.js';
import { supergraphForPlanner } from './authorization/security-features.js';
import type { GatewayConfig } from './config.js';
import { contextOf, type GatewayContext } from './context.js';
import { createGraphiqlHandler, ensureGraphiqlBuilt } from './graphiql/handler.js';
import { createMemoryRateLimiter, createRedisRateLimiter, type RateLimiter } from './limits/rate-limiter.js';
import { useAudit, useAuditFacts, useStreamedAudit } from './plugins/use-audit.js';
import { useAuthentication } from './plugins/use-authentication.js';
import { useAuthorization } from './plugins/use-authorization.js';
import { createErrorMasking } from './plugins/use-error-masking.js';
import { useExecutionTimeout } from './plugins/use-execution-timeout.js';
import { useGraphQLRequest } from './plugins/use-graphql-request.js';
import { useLimits } from './plugins/use-limits.js';
import { useMetrics } from './plugins/use-metrics.js';
import { useRequestId } from './plugins/use-request-id.js';
import { useRequestLog } from './plugins/use-request-log.js';
import { useResponseCache } from './plugins/use-response-cache.js';
import { readinessHandler } from './readiness.js';
import { ResponseCache } from './response-cache.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { SubgraphHealth } from './subgraph-health.js';

/** Counts each audit write as it settles. */
function countedSink(metrics: HubMetrics, sink: AuditSink): AuditSink {
  return {
    write: (record) =>
      sink.write(record).then(
        () => void metrics.auditWrites.inc({ result: 'ok' }),
        (error: unknown) => {
          metrics.auditWrites.inc({ result: 'failed' });
          throw error;
        },
      ),
    close: () => sink.close(),
  };
}

const UNIT_TREE_SUBGRAPH = 'admin-units';
const AUDIT_SUBGRAPH = 'audit';

export interface RunningGateway {
  readonly url: string;
  stop(): Promise<void>;
}

/** Parts a test may supply instead of the ones the config builds. */
export interface GatewayParts {
  readonly auditSink?: AuditSink;
  readonly rateLimiter?: RateLimiter;
}

/**
 * The hub's public door, and the composition root of its pipeline. Every GraphQL request goes
 * through the same ordered steps, whichever of them answers it:
 *
 *   request id → (log, audit, deadline) → authentication → request and limits → response cache
 *   → authorization → plan and execute (Apollo + @apollo/gateway) → audit record → response
 *
 * The audit step holds every answer until its record is stored, so refusals, 401s and cached
 * answers are recorded like the others. Each concern is one file in `plugins/`, built here from
 * the config, one line each.
 */
export async function startGateway(config: GatewayConfig, logger: Logger, parts: GatewayParts = {}): Promise<RunningGateway> {
  const signer = createCallerSigner({ privateKey: config.callerSigningKey });
  const keyStore = await openKeyStore({
    file: config.apiKeysFile,
    onReloadError: (error) => logger.error({ err: error }, 'API key file unreadable: keeping the keys loaded before'),
  });
  const authenticate = createAuthenticator({ keyStore, jwt: config.jwt ? createJwtVerifier(config.jwt) : null });
  const planned = supergraphForPlanner(config.supergraphSdl);
  const apiSchema = planned.supergraph.apiSchema().toGraphQLJSSchema();
  const authorization = useAuthorization({ authorizer: createAuthorizer(buildAuthorizationPolicy(config.supergraphSdl, config.grants)) });
  const rateLimiter =
    parts.rateLimiter ??
    (config.redisUrl
      ? createRedisRateLimiter({ ...config.rateLimit, url: config.redisUrl, onError: (error) => logger.warn({ err: error }, 'rate limiter') })
      : createMemoryRateLimiter(config.rateLimit));
  const metrics = new HubMetrics('gateway');
  const auditSink = countedSink(
    metrics,
    parts.auditSink ??
      createHttpAuditSink({
        url: config.audit.ingestUrl,
        signer: createCallerSigner({ privateKey: config.callerSigningKey, audience: AUDIT_INGEST_AUDIENCE }),
        timeoutMs: config.audit.timeoutMs,
        logger,
      }),
  );
  const health = new SubgraphHealth();
  const responseCache = config.responseCache ? useResponseCache(new ResponseCache(config.responseCacheEntries, config.responseCacheMaxBytes), health) : null;

  const urls = new Map(config.subgraphs.map((s) => [s.name, s.url]));
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: planned.sdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ name, url: urls.get(name) ?? url ?? '', timeoutMs: config.subgraphTimeoutMs, signer, metrics, health }),
    logger,
  });
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTed; hashing every large body for an ETag nobody sends back is waste.
  app.set('etag', false);
  const httpServer = createServer(app);
  answerClientErrors(httpServer);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorMasking(logger),
    includeStacktraceInErrorResponses: false,
    // Roles decide who may introspect (the limits step), not NODE_ENV: production keeps GraphiQL working.
    introspection: true,
    // Persisted queries are resolved by the request step, once, before the limits see the text.
    persistedQueries: false,
    // The process entry point owns SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No usage or schema reporting, no CDN landing page: the hub serves its own GraphiQL.
      ...offlinePlugins<GatewayContext>(),
      // The response-cache plugin writes `cache-control: private, max-age=N` itself.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      // In this order: denials first, so the audit facts and the cache see the final answer.
      authorization.plugin,
      useAuditFacts(),
      ...(responseCache ? [responseCache.plugin] : []),
    ],
  });
  await Promise.all([apollo.start(), ensureGraphiqlBuilt()]);

  app.get('/health', healthHandler('gateway'));
  app.get('/metrics', metrics.handler());
  app.get(
    '/ready',
    readinessHandler({
      subgraphs: config.subgraphs,
      probeHeaders: async () => ({ [CALLER_TOKEN_HEADER]: await signer.sign(GATEWAY_CALLER) }),
      // Every query starts from the unit tree; a fail-closed audit trail refuses every request.
      essential: [UNIT_TREE_SUBGRAPH, ...(config.audit.failOpen ? [] : [AUDIT_SUBGRAPH])],
      onProbe: (name, up) => (up ? health.answered(name) : health.failed(name)),
    }),
  );
  app.use(createGraphiqlHandler({ endpoint: '/graphql' }));
  const auditOptions = { sink: auditSink, subjectKey: config.audit.subjectKey, failOpen: config.audit.failOpen, logger };
  app.get(
    AUDIT_EXPORT_PATH,
    useRequestId(),
    useRequestLog({ logger }),
    useStreamedAudit(auditOptions),
    useAuthentication({ authenticate, logger }),
    auditExportHandler({ url: config.audit.exportUrl, signer, logger }),
  );
  app.use(
    '/graphql',
    traceRequests('gateway'),
    useRequestId(),
    useRequestLog({ logger }),
    useMetrics({ metrics, cache: responseCache !== null }),
    useAudit(auditOptions),
    useExecutionTimeout({ timeoutMs: config.executionTimeoutMs }),
    useAuthentication({ authenticate, logger }),
    useGraphQLRequest({ limits: config.limits }),
    useLimits({ limits: config.limits, schema: apiSchema, rateLimiter, logger }),
    ...(responseCache ? [responseCache.step] : []),
    authorization.step,
    expressMiddleware(apollo, { context: async ({ req, res }) => contextOf(req, res) }),
  );
  app.use(((error, req, res, _next) => {
    const { status, code, message } = httpErrorOf(error as { status?: number });
    if (status >= 500) logger.error({ err: error }, 'request failed');
    contextOf(req, res).audit.errorCodes = [code];
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  }) as ErrorRequestHandler);

  await listen(httpServer, config.port, config.host);
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url, subgraphs: config.subgraphs }, 'gateway listening');
  return {
    url,
    async stop() {
      await apollo.stop();
      await auditSink.close();
      await rateLimiter.close();
      keyStore.close();
    },
  };
}

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Caller } from '../../../lib/caller.js';
import { CALLER_TOKEN_HEADER, createCallerVerifier, type CallerKey, type CallerVerifier } from '../../../lib/caller-token.js';
import type { Env } from '../../../lib/env.js';
import { healthHandler, jsonErrorHandler, REQUEST_ID_HEADER, requestIdOf, sendGraphQLError, listen } from '../../../lib/http.js';
import type { Logger } from '../../../lib/logger.js';
import { HubMetrics } from '../../../lib/metrics.js';
import { offlinePlugins } from '../../../lib/offline.js';
import { currentRequestId, withRequestId } from '../../../lib/request-context.js';
import { referenceData } from '../../../reference/admin-units/reference-units.js';
import type { SubgraphContext } from '../context/context.js';
import { createRequestScope } from '../context/request-scope.js';
import type { Database } from '../database/database.js';
import { cancelWithRequests, runWithSignal } from '../database/request-cancellation.js';
import { buildFederatedSchema } from '../graphql/build-schema.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import type { SubgraphDefinition } from '../subgraph-definition.js';
import { UnitDirectory } from '../units/unit-directory.js';
import { countRequests } from './count-requests.js';
import { countPool } from '../database/pool-metrics.js';
import { traceStatements } from '../database/statement-spans.js';
import { traceRequests } from '../../../lib/tracing.js';
import { cacheFor } from './cache-for.js';

export interface ServeOptions {
  db: Database;
  logger: Logger;
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
  /** Default max-age of every answer, sent as Cache-Control for the gateway's response cache. */
  cacheMaxAgeSeconds: number;
  /** The gateway's public key: a request without a caller token it signed gets HTTP 401. */
  callerVerifyKey: CallerKey;
  /** The environment the process's config was read from, for a subgraph's own settings. Default: none. */
  env?: Env;
  /** The units requests are scoped with. Default: one directory over the shipped reference units. */
  directory?: UnitDirectory;
  /** The largest request body accepted, in bytes (default 8 MB: a gateway fetch for many entities). */
  maxBodyBytes?: number;
}

export interface RunningSubgraph {
  readonly name: string;
  readonly url: string;
  /** Stops accepting requests, lets in-flight ones finish, then returns; the database stays open. */
  stop(): Promise<void>;
}

/**
 * Only the gateway may call a subgraph: every GraphQL request must carry the caller token the gateway
 * signed. A missing, forged or expired one gets HTTP 401 UNAUTHENTICATED, so that calling a subgraph
 * directly never bypasses the gateway's authentication, limits or audit.
 */
function requireGatewayCaller(verifier: CallerVerifier): RequestHandler {
  return (req, res, next) => {
    verifier.verify(req.get(CALLER_TOKEN_HEADER)).then((caller) => {
      if (!caller) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'This service answers the hub gateway only: the signed caller token is missing or invalid');
      res.locals.caller = caller;
      next();
    }, next);
  };
}

/**
 * Each request's signal, aborted when the gateway closes the request before the answer is sent
 * (it gave up): the request's remaining SQL is not run, and running SQL is cancelled.
 */
const followRequest: RequestHandler = (req, res, next) => {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  runWithSignal(controller.signal, next);
};

/** Reports the people whose personal data the answer carries to the gateway, for its audit trail. */
function reportSubjects<S>(): ApolloServerPlugin<SubgraphContext<S>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const subjects = contextValue.scope?.subjects;
          if (!subjects?.size || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, subjects: [...subjects] };
        },
      };
    },
  };
}

/** Serves a subgraph over an open database: POST /graphql (gateway only), GET /health, GET /ready, GET /metrics. */
export async function serveSubgraph<R, S>(definition: SubgraphDefinition<R, S>, options: ServeOptions): Promise<RunningSubgraph> {
  const { db, logger } = options;
  const { schema } = await buildFederatedSchema(definition);
  cancelWithRequests(db);
  traceStatements(db);
  const cacheMaxAgeSeconds = definition.cacheMaxAgeSeconds ?? options.cacheMaxAgeSeconds;
  const repositories = definition.createRepositories(db, { cacheMaxAgeSeconds, env: options.env ?? {} });
  const verifierFor = (audience?: string) => createCallerVerifier({ publicKey: options.callerVerifyKey, ...(audience ? { audience } : {}) });
  const callerVerifier = verifierFor();
  const directory = options.directory ?? new UnitDirectory(referenceData);
  const metrics = new HubMetrics(definition.name);
  countPool(metrics, db.knex);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const httpServer = createServer(app);
  const apollo = new ApolloServer<SubgraphContext<S>>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The process entry point owns SIGINT/SIGTERM and closes the database after the server.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ...offlinePlugins<SubgraphContext<S>>(),
      // Every field may be reused for the same max-age; the gateway keys its cache by caller scope.
      ApolloServerPluginCacheControlDisabled(),
      cacheFor<SubgraphContext<S>>(cacheMaxAgeSeconds),
      reportSubjects<S>(),
      countRequests<SubgraphContext<S>>(metrics, logger),
    ],
  });
  await apollo.start();

  app.get('/health', healthHandler(definition.name));
  app.get('/metrics', metrics.handler());
  app.get('/ready', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', service: definition.name });
    } catch (error) {
      logger.warn({ err: error }, 'database not ready');
      res.status(503).json({ status: 'unavailable', service: definition.name });
    }
  });
  definition.routes?.(app, { repositories, logger, verifierFor });
  app.use(
    '/graphql',
    (req, _res, next) => withRequestId(requestIdOf(req.headers[REQUEST_ID_HEADER]), next),
    traceRequests(definition.name),
    requireGatewayCaller(callerVerifier),
    express.json({ limit: options.maxBodyBytes ?? 8 * 1024 * 1024 }),
    followRequest,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = currentRequestId() ?? requestIdOf(req.headers[REQUEST_ID_HEADER]);
        const scope = createRequestScope(res.locals.caller as Caller, definition.name, directory);
        return { requestId, scope, logger: logger.child({ requestId }), services: definition.createServices(repositories, scope) };
      },
    }),
  );
  app.use(jsonErrorHandler);

  await listen(httpServer, options.port, options.host);
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}/graphql`;
  logger.info({ url }, 'subgraph listening');
  return { name: definition.name, url, stop: () => apollo.stop() };
}

import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { healthHandler, jsonErrorHandler } from '../lib/http.js';
import type { Logger } from '../lib/logger.js';
import type { GatewayConfig } from './config.js';
import { cachedResponseHandler } from './cached-response-handler.js';
import { contextOf, type GatewayContext } from './context.js';
import { createGraphiqlHandler, ensureGraphiqlBuilt } from './graphiql/handler.js';
import { createErrorMasking } from './plugins/use-error-masking.js';
import { useRequestId } from './plugins/use-request-id.js';
import { useRequestLog } from './plugins/use-request-log.js';
import { useResponseCache } from './plugins/use-response-cache.js';
import { readinessHandler } from './readiness.js';
import { ResponseCache } from './response-cache.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

export interface RunningGateway {
  readonly url: string;
  stop(): Promise<void>;
}

/** The hub's public door: GraphQL and GraphiQL at /graphql, GET /health and GET /ready. */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const urls = new Map(config.subgraphs.map((s) => [s.name, s.url]));
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, urls.get(name) ?? url ?? '', config.subgraphTimeoutMs),
    logger,
  });
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTed; hashing every large body for an ETag nobody sends back is waste.
  app.set('etag', false);
  const responseCache = config.responseCache ? new ResponseCache() : null;
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorMasking(logger),
    includeStacktraceInErrorResponses: false,
    // The process entry point owns SIGINT/SIGTERM and closes the database after the server.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing pages load from a CDN; the hub serves its own GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      useRequestId(),
      useRequestLog({ logger }),
      ...(responseCache ? [useResponseCache(responseCache)] : []),
    ],
  });
  await Promise.all([apollo.start(), ensureGraphiqlBuilt()]);

  app.get('/health', healthHandler('gateway'));
  app.get('/ready', readinessHandler({ subgraphs: config.subgraphs }));
  app.use(createGraphiqlHandler({ endpoint: '/graphql' }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    ...(responseCache ? [cachedResponseHandler(responseCache, logger)] : []),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextOf(req, res) }),
  );
  app.use(jsonErrorHandler);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url, subgraphs: config.subgraphs }, 'gateway listening');
  return { url, stop: () => apollo.stop() };
}

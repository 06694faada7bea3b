import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { healthHandler, jsonErrorHandler, REQUEST_ID_HEADER, requestIdOf } from '../../../lib/http.js';
import type { Logger } from '../../../lib/logger.js';
import { callerFromHeaders } from '../../../lib/caller-header.js';
import { hubError } from '../../../lib/errors.js';
import { referenceData } from '../../../reference/admin-units/reference-units.js';
import type { SubgraphContext } from '../context/context.js';
import { createRequestScope } from '../context/request-scope.js';
import type { Database } from '../database/database.js';
import { buildFederatedSchema } from '../graphql/build-schema.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import type { SubgraphDefinition } from '../subgraph-definition.js';
import { UnitDirectory } from '../units/unit-directory.js';

export interface ServeOptions {
  db: Database;
  logger: Logger;
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
  /** Default max-age of every answer, sent as Cache-Control for the gateway's response cache. */
  cacheMaxAgeSeconds: number;
  /** The units requests are scoped with. Default: one directory over the shipped reference units. */
  directory?: UnitDirectory;
}

export interface RunningSubgraph {
  readonly name: string;
  readonly url: string;
  /** Stops accepting requests, lets in-flight ones finish, then returns; the database stays open. */
  stop(): Promise<void>;
}

/** Serves a sector over an open database: POST /graphql, GET /health, GET /ready. */
export async function serveSubgraph<R, S>(definition: SubgraphDefinition<R, S>, options: ServeOptions): Promise<RunningSubgraph> {
  const { db, logger } = options;
  const { schema } = await buildFederatedSchema(definition);
  const repositories = definition.createRepositories(db, { cacheMaxAgeSeconds: options.cacheMaxAgeSeconds });
  const directory = options.directory ?? new UnitDirectory(referenceData);
  const app = express();
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
      // Every field may be reused for the same max-age; the gateway keys its cache by caller scope.
      ApolloServerPluginCacheControl({ defaultMaxAge: options.cacheMaxAgeSeconds }),
    ],
  });
  await apollo.start();

  app.get('/health', healthHandler(definition.name));
  app.get('/ready', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', service: definition.name });
    } catch (error) {
      logger.warn({ err: error }, 'database not ready');
      res.status(503).json({ status: 'unavailable', service: definition.name });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
        const caller = callerFromHeaders(req.headers);
        if (!caller) throw hubError('BAD_USER_INPUT', 'malformed caller header');
        const scope = createRequestScope(caller, directory);
        return { requestId, scope, logger: logger.child({ requestId }), services: definition.createServices(repositories, scope) };
      },
    }),
  );
  app.use(jsonErrorHandler);

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}/graphql`;
  logger.info({ url }, 'subgraph listening');
  return { name: definition.name, url, stop: () => apollo.stop() };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../lib/logger.js';
import type { GatewayContext } from '../context.js';

export interface RequestLogOptions {
  logger: Logger;
}

/** One log line per operation: who, what, how long, and the error codes it ended with. */
export function useRequestLog({ logger }: RequestLogOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors, contextValue: ctx = contextValue }) {
          logger.info(
            {
              requestId: ctx.requestId,
              caller: ctx.caller.id,
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              ms: Math.round(performance.now() - started),
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') ?? [],
            },
            'graphql request',
          );
        },
      };
    },
  };
}

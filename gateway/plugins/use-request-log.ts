import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../lib/logger.js';
import type { GatewayContext } from '../context.js';

export interface RequestLogOptions {
  logger: Logger;
}

export interface RequestLogLine {
  context: GatewayContext;
  operation: string | null;
  type: string | null;
  /** `performance.now()` when the request started. */
  started: number;
  errors: readonly string[];
  /** Answered from the response cache's HTTP fast path. */
  cached?: boolean;
}

/** The one shape of the per-request log line, whichever path answered the request. */
export function logRequest(logger: Logger, { context, operation, type, started, errors, cached = false }: RequestLogLine): void {
  logger.info(
    { requestId: context.requestId, caller: context.caller.id, operation, type, ms: Math.round(performance.now() - started), errors, cached },
    'graphql request',
  );
}

/** One log line per operation: who, what, how long, and the error codes it ended with. */
export function useRequestLog({ logger }: RequestLogOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors, contextValue: context = contextValue }) {
          const codes = errors?.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')) ?? [];
          logRequest(logger, { context, operation: operationName ?? null, type: operation?.operation ?? null, started, errors: codes });
        },
      };
    },
  };
}

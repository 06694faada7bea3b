import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../../lib/logger.js';
import type { HubMetrics } from '../../../lib/metrics.js';

/**
 * Counts and logs each GraphQL request a subgraph answers: operation, duration and error codes, on
 * a line that carries the gateway's request id; a request with errors is logged at warn.
 */
export function countRequests<C extends object>(metrics: HubMetrics, logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
          const seconds = (performance.now() - started) / 1000;
          metrics.request(operationName, seconds, codes, false);
          const line = { operation: operationName ?? null, ms: Math.round(seconds * 1000), errors: codes };
          if (codes.length > 0) logger.warn(line, 'graphql request failed');
          else logger.info(line, 'graphql request');
        },
      };
    },
  };
}

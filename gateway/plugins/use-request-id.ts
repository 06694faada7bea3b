import type { ApolloServerPlugin } from '@apollo/server';
import { REQUEST_ID_HEADER } from '../../lib/http.js';
import type { GatewayContext } from '../context.js';

/** Echoes the request id in the response, so a caller can quote it when reporting a problem. */
export function useRequestId(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
        },
      };
    },
  };
}

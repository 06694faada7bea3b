import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { hubError } from '../lib/errors.js';
import { REQUEST_ID_HEADER } from '../lib/http.js';
import { CALLER_HEADER, encodeCaller } from '../lib/caller-header.js';
import type { GatewayContext } from './context.js';

/**
 * How the gateway talks to one subgraph: forwards the request id and the resolved caller, gives up
 * after the configured time, and turns "could not reach" into SUBGRAPH_UNAVAILABLE naming the
 * subgraph, so the other sectors' data still arrives beside the error.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
  ) {
    // Node's own fetch (undici) with a deadline per subgraph call, instead of the default
    // make-fetch-happen agent, which has no per-request time limit.
    super({ url, fetcher: (input, init) => fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }) as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('requestId' in context)) return; // the gateway's own health queries carry no request
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http?.headers.set(CALLER_HEADER, encodeCaller(context.caller));
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      // Apollo Server answers operation errors (e.g. a malformed Date literal) with HTTP 400 and a
      // GraphQL body: pass its coded errors on rather than a generic HTTP failure.
      const body = (error as { extensions?: { response?: { body?: unknown } } }).extensions?.response?.body;
      if (body && typeof body === 'object' && Array.isArray((body as GatewayGraphQLResponse).errors)) {
        return { errors: (body as GatewayGraphQLResponse).errors };
      }
      throw hubError('SUBGRAPH_UNAVAILABLE', `The ${this.name} subgraph is unavailable`, { serviceName: this.name });
    }
  }
}

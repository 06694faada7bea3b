import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { PII_READ } from '../lib/caller.js';
import { CALLER_TOKEN_HEADER, type CallerSigner } from '../lib/caller-token.js';
import { hubError } from '../lib/errors.js';
import type { HubMetrics } from '../lib/metrics.js';
import { injectTraceContext } from '../lib/tracing.js';
import { REQUEST_ID_HEADER } from '../lib/http.js';
import { callerScopeKey } from './caller-scope-key.js';
import type { GatewayContext } from './context.js';
import { InflightFetches } from './inflight-fetches.js';
import type { SubgraphHealth } from './subgraph-health.js';
import { ExecutionTimeout, executionTimeoutError } from './plugins/use-execution-timeout.js';

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  /** A subgraph slower than this is SUBGRAPH_TIMEOUT. */
  timeoutMs: number;
  /** Signs the caller token each subgraph requires. */
  signer: CallerSigner;
  /** Where each fetch's duration and outcome is counted. */
  metrics?: HubMetrics;
  /** Where a subgraph found down, or answering again, is noted. */
  health?: SubgraphHealth;
}

/**
 * How the gateway talks to one subgraph: it sends the request id and the caller in a token it
 * signs (a subgraph refuses any request without one), gives up after the configured time or when
 * the request is given up (the subgraph then stops its statements), records the subgraph and the
 * people whose personal data it answered with for the audit record, and turns "could not reach"
 * into SUBGRAPH_UNAVAILABLE and "too slow" into SUBGRAPH_TIMEOUT, naming the subgraph, so the
 * other sectors' data still arrives beside the error. Identical reads in flight at once for callers
 * of the same effective scope share one fetch (InflightFetches); the subgraph then sees the first
 * request's id only.
 */
/**
 * The subgraph fetch in progress, for the fetcher: its signal, and the caller's effective scope
 * when identical requests of callers with that scope may share one fetch (see InflightFetches).
 */
const fetchInProgress = new AsyncLocalStorage<{ signal: AbortSignal; share: string | null }>();

/** Only reads are shared; a mutation is sent for each request. */
const isMutation = (body: unknown) => typeof body !== 'string' || /"query":"\s*mutation\b/.test(body);

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly timeoutMs: number;
  private readonly signer: CallerSigner;
  private readonly metrics: HubMetrics | null;
  private readonly health: SubgraphHealth | null;

  constructor(options: SubgraphDataSourceOptions) {
    // Node's own fetch (undici), with the signal of the fetch being made (RemoteGraphQLDataSource
    // builds the RequestInit itself and would drop one set on the request); identical reads in
    // flight for callers of the same scope share one fetch.
    const inflight = new InflightFetches();
    super({
      url: options.url,
      fetcher: ((input: string, init?: RequestInit) => {
        const store = fetchInProgress.getStore();
        const send = (signal: AbortSignal | null) => fetch(input, { ...init, signal });
        if (!store) return send(null);
        if (store.share === null || isMutation(init?.body)) return send(store.signal);
        return inflight.fetch(`${store.share}\n${String(init?.body)}`, store.signal, send);
      }) as never,
    });
    this.name = options.name;
    this.timeoutMs = options.timeoutMs;
    this.signer = options.signer;
    this.metrics = options.metrics ?? null;
    this.health = options.health ?? null;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('requestId' in context) || !context.caller) return; // the gateway's own health queries carry no request
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http?.headers.set(CALLER_TOKEN_HEADER, await this.signer.sign(context.caller));
    // The trace goes on into the subgraph (W3C traceparent), under @apollo/gateway's fetch span.
    injectTraceContext((name, value) => request.http?.headers.set(name, value));
    context.audit.subgraphs.add(this.name);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { context } = options;
    const signal = 'signal' in context ? AbortSignal.any([context.signal, AbortSignal.timeout(this.timeoutMs)]) : AbortSignal.timeout(this.timeoutMs);
    let response: GatewayGraphQLResponse;
    const started = performance.now();
    const observe = (outcome: string) => this.metrics?.subgraphFetch.observe({ subgraph: this.name, outcome }, (performance.now() - started) / 1000);
    try {
      const share = 'caller' in context && context.caller ? callerScopeKey(context.caller, context.caller.scopes.includes(PII_READ)) : null;
      response = await fetchInProgress.run({ signal, share }, () => super.process(options));
      observe(response.errors?.length ? 'error' : 'ok');
      this.health?.answered(this.name);
    } catch (error) {
      // Apollo Server answers operation errors (e.g. a malformed Date literal) with HTTP 400 and a
      // GraphQL body: pass its coded errors on rather than a generic HTTP failure.
      const body = (error as { extensions?: { response?: { body?: unknown } } }).extensions?.response?.body;
      if (body && typeof body === 'object' && Array.isArray((body as GatewayGraphQLResponse).errors)) {
        observe('error');
        return { errors: (body as GatewayGraphQLResponse).errors };
      }
      observe(signal.aborted ? 'timeout' : 'unavailable');
      if ('signal' in context && context.signal.aborted && context.signal.reason instanceof ExecutionTimeout) throw executionTimeoutError(this.name);
      this.health?.failed(this.name);
      if (signal.aborted) throw hubError('SUBGRAPH_TIMEOUT', `The ${this.name} subgraph did not answer within ${this.timeoutMs} ms`, { serviceName: this.name });
      throw hubError('SUBGRAPH_UNAVAILABLE', `The ${this.name} subgraph is unavailable`, { serviceName: this.name });
    }
    // The people whose personal data the subgraph answered with: for the audit record, never for the client.
    const subjects = response.extensions?.subjects;
    if (response.extensions && 'subjects' in response.extensions) {
      const { subjects: _omit, ...rest } = response.extensions;
      response.extensions = Object.keys(rest).length ? rest : undefined;
    }
    if ('audit' in context && Array.isArray(subjects)) for (const s of subjects) if (typeof s === 'string') context.audit.subjects.add(s);
    return response;
  }
}

import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ErrorCodes } from './errors.js';

/** Request durations, in seconds: from a cached answer (~1 ms) to the execution timeout. */
const DURATION_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Distinct operation names kept as labels; the rest are counted as `other`, so clients cannot grow memory. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * One process's Prometheus metrics (`GET /metrics`, docs/operations.md): the process's own (CPU,
 * memory, event-loop delay, heap) and the hub's, every name prefixed `ioc_hub_`. Label values come
 * from closed sets (error codes from the registry, subgraph names from config) or are bounded
 * (operation names), so the registry's size is bounded whatever clients send.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestDuration: Histogram<'operation'>;
  readonly errors: Counter<'code'>;
  readonly subgraphFetch: Histogram<'subgraph' | 'outcome'>;
  readonly cache: Counter<'result'>;
  readonly auditWrites: Counter<'result'>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'ioc_hub_' });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'ioc_hub_requests_total',
      help: 'GraphQL requests by operation name and outcome (ok, error, refused).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'ioc_hub_request_duration_seconds',
      help: 'GraphQL request duration by operation name.',
      labelNames: ['operation'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.errors = new Counter({ name: 'ioc_hub_errors_total', help: 'Errors returned, by extensions.code.', labelNames: ['code'], registers });
    this.subgraphFetch = new Histogram({
      name: 'ioc_hub_subgraph_fetch_duration_seconds',
      help: 'Gateway fetches to each subgraph, by outcome.',
      labelNames: ['subgraph', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.cache = new Counter({ name: 'ioc_hub_response_cache_total', help: 'Response cache lookups: hit or miss.', labelNames: ['result'], registers });
    this.auditWrites = new Counter({ name: 'ioc_hub_audit_writes_total', help: 'Audit records written (ok) or not (failed).', labelNames: ['result'], registers });
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Records one answered request. */
  request(operation: string | null | undefined, seconds: number, errorCodes: readonly string[], refused: boolean): void {
    const label = this.operationLabel(operation);
    this.requests.inc({ operation: label, outcome: refused ? 'refused' : errorCodes.length > 0 ? 'error' : 'ok' });
    this.requestDuration.observe({ operation: label }, seconds);
    for (const code of errorCodes) this.errors.inc({ code: code in ErrorCodes ? code : 'OTHER' });
  }

  /** A gauge read when scraped. */
  gauge(name: string, help: string, labelNames: readonly string[], collect: (set: (labels: Record<string, string>, value: number) => void) => void): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        collect((labels, value) => this.set(labels, value));
      },
    });
  }

  /** `GET /metrics` in the Prometheus text format. */
  handler(): RequestHandler {
    return async (_req, res) => {
      res.setHeader('content-type', this.registry.contentType);
      res.end(await this.registry.metrics());
    };
  }
}

import { context, propagation, trace, SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { RequestHandler } from 'express';
import { optionalEnv, type Env } from './env.js';

/**
 * OpenTelemetry traces from the gateway to each subgraph to each SQL statement, exported over
 * OTLP/HTTP only when `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set:
 * unset, nothing is recorded and nothing leaves the process. `@apollo/gateway` writes its own spans
 * (request, plan, fetch) through the OpenTelemetry API; the hub adds the W3C `traceparent` to each
 * subgraph fetch, a server span per subgraph request, and a span per statement.
 */
export interface TracingConfig {
  /** The OTLP/HTTP traces URL (`…/v1/traces`), or null: tracing off. */
  readonly tracesUrl: string | null;
}

export function tracingConfigOf(env: Env): TracingConfig {
  const traces = optionalEnv(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = optionalEnv(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  return { tracesUrl: traces ?? (base ? `${base.replace(/\/$/, '')}/v1/traces` : null) };
}

export interface Tracing {
  /** Sends what is still buffered and stops. */
  shutdown(): Promise<void>;
  /** Sends what is buffered now. */
  flush(): Promise<void>;
}

let enabled = false;

/** Whether this process records traces. */
export const tracingEnabled = (): boolean => enabled;

/** Registers the process's tracer provider when tracing is configured; a no-op otherwise. */
export function startTracing(service: string, config: TracingConfig): Tracing {
  if (!config.tracesUrl) return { shutdown: async () => {}, flush: async () => {} };
  enabled = true;
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }), { scheduledDelayMillis: 1_000 })],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return { shutdown: () => provider.shutdown(), flush: () => provider.forceFlush() };
}

export const hubTracer = () => trace.getTracer('ioc-hub');

/** Writes the active trace context into outgoing headers (`traceparent`). */
export function injectTraceContext(set: (name: string, value: string) => void): void {
  propagation.inject(context.active(), undefined, { set: (_carrier, name, value) => set(name, value) });
}

/** An HTTP step that continues the caller's trace: a server span for the request, active for the rest of it. */
export function traceRequests(service: string): RequestHandler {
  return (req, res, next) => {
    if (!enabled) return next();
    const parent = propagation.extract(context.active(), req.headers);
    const path = `${req.baseUrl}${req.path === '/' ? '' : req.path}`;
    const span = hubTracer().startSpan(`${service} ${req.method} ${path}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': path } }, parent);
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** A span for one SQL statement, child of the request's span. */
export function startStatementSpan(system: string, sql: string): Span {
  return hubTracer().startSpan('db.query', { kind: SpanKind.CLIENT, attributes: { 'db.system': system, 'db.query.text': sql.slice(0, 2_000) } }, context.active());
}

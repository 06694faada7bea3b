import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, type Tracing } from '../../lib/tracing.js';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { incidents } from '../support/incidents-sector.js';
import { useTestHub } from '../support/test-hub.js';

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}
interface ExportRequest {
  resourceSpans: Array<{ scopeSpans: Array<{ spans: ExportedSpan[] }> }>;
}

/**
 * With an OTLP endpoint configured, one request is one trace: the gateway's request, Apollo's plan
 * and fetch spans, each subgraph's request under the fetch that called it, and each SQL statement
 * under the subgraph request that ran it. Here every process of the hub shares this test's process,
 * and an OTLP/HTTP receiver on loopback collects what is exported.
 */
describe('tracing over OTLP', () => {
  const spans: ExportedSpan[] = [];
  let receiver: Server;
  let tracing: Tracing;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as ExportRequest;
        for (const r of body.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    tracing = startTracing('ioc-hub-test', { tracesUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/traces` });
  });
  afterAll(async () => {
    await tracing?.shutdown();
    receiver?.close();
  });
  // Started after the tracer provider, stopped before it (after-hooks run in reverse).
  const fixture = useTestHub([adminUnits, incidents]);

  it('exports one trace per request, from the gateway through each subgraph to its SQL', async () => {
    const res = await fixture.hub.query('{ unit(code: "524", asOf: "2024-06-30") { code incidents { indicators(period: { from: "2024-01-01", to: "2024-12-31" }) { code value } } } }');
    expect(res.errors).toBeUndefined();
    await tracing.flush();
    const root = spans.find((s) => s.name === 'gateway POST /graphql' && !s.parentSpanId);
    expect(root).toBeDefined();
    const trace = spans.filter((s) => s.traceId === root!.traceId);
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const ancestors = (span: ExportedSpan): string[] => {
      const names: string[] = [];
      for (let p = span.parentSpanId ? byId.get(span.parentSpanId) : undefined; p; p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined) names.push(p.name);
      return names;
    };
    const names = new Set(trace.map((s) => s.name));
    for (const name of ['gateway.request', 'gateway.plan', 'gateway.fetch', 'admin-units POST /graphql', 'incidents POST /graphql', 'db.query']) expect(names, name).toContain(name);
    for (const service of ['admin-units', 'incidents']) {
      const request = trace.find((s) => s.name === `${service} POST /graphql`)!;
      expect(ancestors(request)).toContain('gateway.fetch');
      expect(ancestors(request).at(-1)).toBe('gateway POST /graphql');
    }
    const statements = trace.filter((s) => s.name === 'db.query');
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(ancestors(statement).some((n) => n.endsWith(' POST /graphql') && !n.startsWith('gateway'))).toBe(true);
  });
});

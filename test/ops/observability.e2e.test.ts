import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { incidents } from '../support/incidents-sector.js';
import { useTestHub } from '../support/test-hub.js';

interface LogLine {
  service: string;
  level: number;
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

const WARN = 40;

/** The sum of a metric's samples whose labels include `labels`, from the Prometheus text format. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) sum += Number(match[3]);
  }
  return sum;
}

/**
 * What an operator sees: `/metrics` on every process, and one request's id on its log lines in the
 * gateway and in each subgraph it reached, failures at warn or above.
 */
describe('observability', () => {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const fixture = useTestHub([adminUnits, incidents], { logger: (service) => createLogger(service, 'info', sink) });

  it("writes one request's id on its lines in the gateway and every subgraph it reached", async () => {
    const requestId = 'obs-test-0001';
    const res = await fixture.hub.query(
      '{ unit(code: "524", asOf: "2024-06-30") { code incidents { indicators(period: { from: "2024-01-01", to: "2024-12-31" }) { code value } } } }',
      {},
      { headers: { 'x-request-id': requestId } },
    );
    expect(res.errors).toBeUndefined();
    // The gateway's own line is written when the answer has gone.
    await expect.poll(() => lines.some((l) => l.requestId === requestId && l.service === 'gateway')).toBe(true);
    const mine = lines.filter((l) => l.requestId === requestId);
    expect(new Set(mine.map((l) => l.service))).toEqual(new Set(['gateway', 'admin-units', 'incidents']));
  });

  it('logs a failed request at warn, with its id, in the gateway and in the subgraph that failed', async () => {
    const requestId = 'obs-test-0002';
    const res = await fixture.hub.query('{ unit(code: "51") { incidents { incidents(first: 5, after: "not-a-cursor") { nodes { id } } } } }', {}, { headers: { 'x-request-id': requestId } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expect.poll(() => lines.some((l) => l.requestId === requestId && l.service === 'gateway')).toBe(true);
    const failed = lines.filter((l) => l.requestId === requestId && l.level >= WARN);
    expect(new Set(failed.map((l) => l.service))).toEqual(new Set(['gateway', 'incidents']));
  });

  it('serves Prometheus metrics on the gateway and on every subgraph', async () => {
    const gateway = await (await fetch(new URL('/metrics', fixture.hub.gateway.url))).text();
    expect(sample(gateway, 'ioc_hub_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sample(gateway, 'ioc_hub_errors_total', { code: 'BAD_USER_INPUT' })).toBeGreaterThan(0);
    expect(sample(gateway, 'ioc_hub_subgraph_fetch_duration_seconds_count', { subgraph: 'incidents', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sample(gateway, 'ioc_hub_audit_writes_total', { result: 'ok' })).toBeGreaterThan(0);
    expect(sample(gateway, 'ioc_hub_process_resident_memory_bytes', {})).toBeGreaterThan(0);
    for (const [name, subgraph] of fixture.hub.subgraphs) {
      const res = await fetch(new URL('/metrics', subgraph.url));
      expect(res.status, name).toBe(200);
      const text = await res.text();
      expect(sample(text, 'ioc_hub_process_resident_memory_bytes', { service: name }), name).toBeGreaterThan(0);
      if (name !== 'audit') expect(sample(text, 'ioc_hub_request_duration_seconds_count', { service: name }), name).toBeGreaterThan(0);
    }
  });
});
